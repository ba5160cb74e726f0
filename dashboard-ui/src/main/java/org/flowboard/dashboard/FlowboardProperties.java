package org.flowboard.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowboard.*} settings.
 *
 * @param embedded run Kafka, Flink, Redis (unless configured) and the simulator in this JVM
 * @param demoUsers the demo accounts (control, paramedic, manager; password demo); on by default
 *     only in embedded mode, since a real deployment brings its own identity provider
 * @param ics path of the ICS file; empty for the demo ICS
 */
@ConfigurationProperties("flowboard")
public record FlowboardProperties(
        @DefaultValue("true") boolean embedded,
        Boolean demoUsers,
        @DefaultValue("") String ics,
        @DefaultValue Redis redis,
        @DefaultValue Kafka kafka,
        @DefaultValue Simulator simulator) {

    public boolean demoUsersEnabled() {
        return demoUsers == null ? embedded : demoUsers;
    }

    /**
     * @param url e.g. {@code redis://host:6379}; empty in embedded mode starts a redis-server
     */
    public record Redis(@DefaultValue("") String url) {}

    /**
     * @param bootstrap Kafka bootstrap servers; ignored in embedded mode (own broker)
     */
    public record Kafka(@DefaultValue("") String bootstrap) {}

    /**
     * @param seed the same seed gives the same simulated history
     * @param speed 1.0 is real time
     * @param mode {@code client}: the simulator talks to the connectors as a hospital would (HL7 v2
     *     over MLLP, JSON feeds over HTTP); {@code kafka}: it writes canonical events to Kafka
     */
    public record Simulator(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1") long seed,
            @DefaultValue("1.0") double speed,
            @DefaultValue("client") String mode) {

        public boolean speaksToConnectors() {
            return "client".equals(mode);
        }
    }
}
