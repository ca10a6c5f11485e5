package org.ccmdesk.invitations;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * Letters as PDF: one at once; all of a meeting built in the background, with a progress
 * page and downloads. There is nothing to resume by hand: a build interrupted by the stop
 * of its instance is continued by Quartz ({@link LetterBatchJob}).
 */
@Controller
class LetterController {

    private final LetterBook book;

    private final LetterRenderer renderer;

    private final LetterJobs jobs;

    private final InvitationService invitations;

    LetterController(LetterBook book, LetterRenderer renderer, LetterJobs jobs, InvitationService invitations) {
        this.book = book;
        this.renderer = renderer;
        this.jobs = jobs;
        this.invitations = invitations;
    }

    /** The secretariat, or a focal point of the invited state. */
    @GetMapping("/invitations/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id) {
        Letter letter = book.letter(id);
        String iso3 = letter.invitation().invitee().iso3();
        boolean allowed = ActingUser.current()
            .filter(u -> u.isSecretariat() || (iso3 != null && u.canActForState(iso3)))
            .isPresent();
        if (!allowed) {
            throw new AccessDeniedException("not allowed to read invitation " + id);
        }
        return Download.attachment(renderer.pdf(letter), letter.fileName(), Download.PDF);
    }

    @PostMapping("/meetings/{id}/invitations/letters")
    String start(@PathVariable long id) {
        invitations.meeting(id);
        return "redirect:/invitation-jobs/" + jobs.start(id);
    }

    /**
     * The whole page, or (for htmx polling it, header HX-Request) only its progress part.
     */
    @GetMapping("/invitation-jobs/{jobId}")
    String progress(@PathVariable String jobId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        LetterJob job = jobs.find(jobId).orElseThrow(() -> new NotFoundException("invitations.jobNotFound", jobId));
        model.addAttribute("job", job);
        model.addAttribute("meeting", invitations.meeting(job.meetingId()));
        return "true".equals(htmx) ? "invitations/job :: progress" : "invitations/job";
    }

    @GetMapping("/invitation-jobs/{jobId}/letters.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String jobId) {
        byte[] pdf = jobs.result(jobId, "pdf")
            .orElseThrow(() -> new NotFoundException("invitations.jobNotFound", jobId));
        return Download.attachment(pdf, "invitations-" + jobId + ".pdf", Download.PDF);
    }

    @GetMapping("/invitation-jobs/{jobId}/letters.zip")
    ResponseEntity<byte[]> zip(@PathVariable String jobId) {
        byte[] zip = jobs.result(jobId, "zip")
            .orElseThrow(() -> new NotFoundException("invitations.jobNotFound", jobId));
        return Download.attachment(zip, "invitations-" + jobId + ".zip", Download.ZIP);
    }

}
