package org.flowboard.dashboard.ingest;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connectors' settings ({@code flowboard.mllp.*}, {@code flowboard.pseudonymisation.*}, {@code
 * flowboard.fhir.*}, {@code flowboard.feeds.*}); the rest of {@code flowboard.*} is {@code
 * FlowboardProperties}.
 */
@ConfigurationProperties("flowboard")
public record IngestProperties(
        @DefaultValue Mllp mllp,
        @DefaultValue Pseudonymisation pseudonymisation,
        @DefaultValue Fhir fhir,
        @DefaultValue Feeds feeds) {

    /**
     * @param port 2575 by default (DESIGN.md section 5); 0 takes any free port
     * @param senderSites site (ODS code) by sending facility (MSH-4), for messages without PV1-3.4
     */
    public record Mllp(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("2575") int port,
            Map<String, String> senderSites) {

        public Mllp {
            senderSites = senderSites == null ? Map.of() : Map.copyOf(senderSites);
        }
    }

    /**
     * @param key base64, at least 16 bytes; required outside embedded mode, generated at start in
     *     embedded mode when empty
     */
    public record Pseudonymisation(@DefaultValue("") String key) {}

    /**
     * @param defaultSite the site of Encounters that carry no ODS code we know, for feed accounts
     *     that have no default site of their own; empty = such Encounters are refused
     */
    public record Fhir(@DefaultValue("") String defaultSite) {}

    /**
     * @param maxBodyBytes a larger request body is refused with 413
     * @param ackTimeout how long to wait for Kafka before answering 503
     * @param accounts feed accounts (role FEED) by user name, beside the demo account
     */
    public record Feeds(
            @DefaultValue("4194304") int maxBodyBytes,
            @DefaultValue("10s") Duration ackTimeout,
            Map<String, Account> accounts) {

        public Feeds {
            accounts = accounts == null ? Map.of() : Map.copyOf(accounts);
        }
    }

    /**
     * @param password encoded with its scheme, e.g. {@code {bcrypt}$2a$...}
     * @param defaultSite the site this sender's Encounters belong to when they carry no ODS code
     */
    public record Account(String password, @DefaultValue("") String defaultSite) {}
}
