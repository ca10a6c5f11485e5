package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credentials are a PDF by their content, so they are stored and served under a PDF name
 * whatever name they were uploaded with.
 */
@DatabaseTest
@Transactional
class CredentialsFileNameTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPdfUploadedAsNoteHtmlIsServedAsNotePdf() throws Exception {
        CcmUser laos = accounts.create(Role.FOCAL_POINT, "LAO");
        long meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        mvc.perform(multipart("/meetings/" + meeting + "/delegations/LAO/credentials")
            .file(new MockMultipartFile("file", "note.html", "text/html", CredentialStoreTest.PDF))
            .with(csrf())
            .with(TestAccounts.as(laos))).andExpect(status().is3xxRedirection());
        long id = jdbc
            .sql("select id, file_name from delegation_credentials where meeting_id = :m and state_iso3 = 'LAO'")
            .param("m", meeting)
            .query((rs, n) -> {
                assertThat(rs.getString("file_name")).isEqualTo("note.pdf");
                return rs.getLong("id");
            })
            .single();

        mvc.perform(get("/credentials/" + id).with(TestAccounts.as(accounts.create(Role.SECRETARIAT))))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"note.pdf\""))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(content().bytes(CredentialStoreTest.PDF));
    }

    @Test
    void credentialsForADelegationThatDoesNotExistAreA404AndStoreNothing() throws Exception {
        long meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        for (String delegation : new String[] { "ABC", "org-999999" }) {
            mvc.perform(multipart("/meetings/" + meeting + "/delegations/" + delegation + "/credentials")
                .file(new MockMultipartFile("file", "note.pdf", "application/pdf", CredentialStoreTest.PDF))
                .with(csrf())
                .with(TestAccounts.as(secretariat))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from delegation_credentials where meeting_id = :m")
            .param("m", meeting)
            .query(Long.class)
            .single()).isZero();
    }

}
