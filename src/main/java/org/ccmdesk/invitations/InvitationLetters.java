package org.ccmdesk.invitations;

import java.util.Locale;

import org.ccmdesk.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One invitation's letter for other modules (the messages that carry it): the PDF as the
 * letter pages print it, in the invitation's own language, and the invitee's name in the
 * reader's.
 */
@Service
@Transactional(readOnly = true)
public class InvitationLetters {

    private final LetterBook book;

    private final LetterRenderer renderer;

    private final InvitationService invitations;

    InvitationLetters(LetterBook book, LetterRenderer renderer, InvitationService invitations) {
        this.book = book;
        this.renderer = renderer;
        this.invitations = invitations;
    }

    public InvitationLetter letterOf(long invitationId) {
        Letter letter = book.letter(invitationId);
        return new InvitationLetter(invitationId, letter.fileName(), renderer.pdf(letter));
    }

    /**
     * The state's name in {@code locale} as of the letter's date, or the organisation's.
     */
    public String inviteeName(long invitationId, Locale locale) {
        Invitation invitation = invitations.find(invitationId)
            .orElseThrow(() -> new NotFoundException("invitation.notFound", invitationId));
        return invitations.inviteeName(invitation, locale);
    }

}
