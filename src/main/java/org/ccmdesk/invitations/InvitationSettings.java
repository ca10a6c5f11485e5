package org.ccmdesk.invitations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of invitations ({@code ccm.invitations.*}): how long a letter job may give no
 * sign of progress before it is shown as interrupted and may be resumed. Building one
 * letter takes well under a second, so two minutes without progress means its instance
 * stopped.
 */
@ConfigurationProperties("ccm.invitations")
record InvitationSettings(@DefaultValue("2m") Duration letterJobHeartbeatLimit) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(InvitationSettings.class)
    static class Binding {

    }
}
