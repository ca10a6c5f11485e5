package org.ccmdesk.obligations;

import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads of the documents attached to reports and fulfilments (public, like the
 * reports themselves).
 */
@Controller
class DocumentController {

    private final DocumentStore documents;

    DocumentController(DocumentStore documents) {
        this.documents = documents;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        DocumentStore.Document document = documents.find(id)
            .orElseThrow(() -> new NotFoundException("document.notFound", id));
        return Download.attachment(document.content(), document.filename(), Download.PDF);
    }

}
