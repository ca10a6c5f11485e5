package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.Party;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A delegation's credentials (a note verbale, PDF) for a meeting: uploaded and read by
 * its focal points and the secretariat.
 */
@DatabaseTest
@Transactional
class CredentialStoreTest {

    static final Party LAO = Party.state("LAO");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CredentialStore store;

    CcmUser laos;

    CcmUser france;

    CcmUser secretariat;

    long meeting;

    @BeforeEach
    void setUp() {
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        secretariat = accounts.create(Role.SECRETARIAT);
        meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
    }

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    private int stored() {
        return jdbc.sql("select count(*) from delegation_credentials where meeting_id = :m")
            .param("m", meeting)
            .query(Integer.class)
            .single();
    }

    @Test
    void theFocalPointUploadsAndTheSecretariatReads() {
        signIn(laos);
        long id = store.store(meeting, LAO,
                new MockMultipartFile("file", "../../Note verbale <LAO>.pdf", "application/pdf", PDF));

        assertThat(store.of(meeting, LAO)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.fileName()).doesNotContain("/", "<", ">").endsWith(".pdf");
            assertThat(c.sizeBytes()).isEqualTo(PDF.length);
            assertThat(c.uploadedBy()).isEqualTo(laos.email());
        });
        signIn(secretariat);
        Map.Entry<String, byte[]> file = store.read(id);
        assertThat(file.getValue()).isEqualTo(PDF);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'credentials' and entity_id = :id")
            .param("id", String.valueOf(id))
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    @Test
    void anotherStatesFocalPointNeitherUploadsNorReads() {
        signIn(laos);
        long id = store.store(meeting, LAO, new MockMultipartFile("file", "credentials.pdf", "application/pdf", PDF));

        signIn(france);
        assertThatThrownBy(
                () -> store.store(meeting, LAO, new MockMultipartFile("file", "x.pdf", "application/pdf", PDF)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> store.read(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void onlyAPdfOfAtMostTenMegabytes() {
        signIn(laos);
        assertThatThrownBy(() -> store.store(meeting, LAO,
                new MockMultipartFile("file", "fake.pdf", "application/pdf",
                        "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII))))
            .isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("credentials.notPdf"));
        assertThatThrownBy(() -> store.store(meeting, LAO,
                new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0])))
            .isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("credentials.missing"));
        byte[] tooLarge = new byte[(int) org.ccmdesk.system.UploadedPdf.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        assertThatThrownBy(
                () -> store.store(meeting, LAO, new MockMultipartFile("file", "big.pdf", "application/pdf", tooLarge)))
            .isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("credentials.tooLarge"));
        assertThat(stored()).isZero();
    }

}
