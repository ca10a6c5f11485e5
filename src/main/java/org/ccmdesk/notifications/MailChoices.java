package org.ccmdesk.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored choices of each address: the topics it does not want, and whether its
 * obligation reminders come as a weekly digest. Each change is one statement that can be
 * made twice (a stop link clicked twice, two tabs saving the page), so a change that
 * meets the same change made a moment earlier is already done, not an error.
 */
@Repository
class MailChoices {

    enum StoppedBy {

        LINK, PAGE

    }

    private final JdbcClient jdbc;

    private final Clock clock;

    MailChoices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isStopped(String email, Topic topic) {
        return jdbc.sql("select count(*) from mail_stopped_topic where email = :email and topic = :topic")
            .param("email", key(email))
            .param("topic", topic.name())
            .query(Integer.class)
            .single() > 0;
    }

    Set<Topic> stopped(String email) {
        Set<Topic> stopped = EnumSet.noneOf(Topic.class);
        jdbc.sql("select topic from mail_stopped_topic where email = :email")
            .param("email", key(email))
            .query(String.class)
            .list()
            .forEach(topic -> stopped.add(Topic.valueOf(topic)));
        return stopped;
    }

    void stop(String email, Topic topic, StoppedBy by) {
        if (!topic.optional()) {
            throw new IllegalArgumentException(topic + " cannot be stopped");
        }
        try {
            jdbc.sql("""
                    insert into mail_stopped_topic (email, topic, stopped_at, stopped_by)
                    select :email, :topic, :now, :by
                     where not exists (select 1 from mail_stopped_topic where email = :email and topic = :topic)""")
                .param("email", key(email))
                .param("topic", topic.name())
                .param("now", OffsetDateTime.now(clock))
                .param("by", by.name())
                .update();
        }
        catch (DuplicateKeyException e) {
            // stopped by the same link or page a moment ago
        }
    }

    void resume(String email, Topic topic) {
        jdbc.sql("delete from mail_stopped_topic where email = :email and topic = :topic")
            .param("email", key(email))
            .param("topic", topic.name())
            .update();
    }

    boolean wantsDigest(String email) {
        return jdbc.sql("select count(*) from mail_reminder_digest where email = :email")
            .param("email", key(email))
            .query(Integer.class)
            .single() > 0;
    }

    /** Every address whose obligation reminders come as a weekly digest. */
    Set<String> digestAddresses() {
        return new HashSet<>(jdbc.sql("select email from mail_reminder_digest").query(String.class).list());
    }

    void chooseDigest(String email, boolean digest) {
        if (!digest) {
            jdbc.sql("delete from mail_reminder_digest where email = :email").param("email", key(email)).update();
            return;
        }
        try {
            jdbc.sql("""
                    insert into mail_reminder_digest (email, chosen_at)
                    select :email, :now
                     where not exists (select 1 from mail_reminder_digest where email = :email)""")
                .param("email", key(email))
                .param("now", OffsetDateTime.now(clock))
                .update();
        }
        catch (DuplicateKeyException e) {
            // chosen in another tab a moment ago
        }
    }

    /** Addresses are kept as {@link Recipient} writes them: stripped, lower case. */
    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

}
