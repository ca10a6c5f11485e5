package org.ccmdesk.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of outgoing mail ({@code ccm.mail.*}): the sender, how often waiting messages
 * are handed to the server and how many at a time, the retries, how long a message handed
 * over by an instance that stopped is left before it is tried again, and how long bodies
 * and attachments are kept (the record of the message stays).
 */
@ConfigurationProperties("ccm.mail")
record MailSettings(@DefaultValue("CCM Desk <no-reply@ccm-desk.invalid>") String from,
        @DefaultValue("5") int deliveryIntervalSeconds, @DefaultValue("50") int batchSize,
        @DefaultValue("1m") Duration firstRetryDelay, @DefaultValue("10") int maxAttempts,
        @DefaultValue("10m") Duration claimTimeout, @DefaultValue("365d") Duration bodyRetention) {

    DeliveryPolicy policy() {
        return new DeliveryPolicy(firstRetryDelay, maxAttempts);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailSettings.class)
    static class Binding {

    }

}
