package org.flowboard.dashboard.ingest;

import java.util.List;
import java.util.Optional;
import org.flowboard.hl7.FeedHealth;
import org.flowboard.hl7.MllpListener;
import org.flowboard.hl7.MllpSettings;
import org.flowboard.ics.Ics;
import org.flowboard.kafka.EventOutlet;
import org.flowboard.privacy.Pseudonymiser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connectors this server runs once Kafka is known: the MLLP listener and the Kafka outlets of
 * the HTTP feeds. Until {@link #start} (and after stopping) the HTTP feeds answer 503. Embedded
 * mode starts it after its broker; otherwise {@code ExternalIngest} starts it with {@code
 * flowboard.kafka.bootstrap}.
 */
public final class IngestConnectors implements AutoCloseable {

    static final String FHIR_CONNECTOR = "fhir-r4";
    static final String JSON_CONNECTOR = "json-feeds";

    private static final Logger LOG = LoggerFactory.getLogger(IngestConnectors.class);

    private final Ics ics;
    private final IngestProperties properties;
    private final boolean embedded;
    private volatile @Nullable Running running;

    private record Running(
            String bootstrapServers,
            Pseudonymiser pseudonymiser,
            @Nullable MllpListener mllp,
            EventOutlet fhir,
            EventOutlet json) {}

    /**
     * @param embedded in embedded mode a missing pseudonymisation key is generated at start;
     *     otherwise it is required
     */
    public IngestConnectors(Ics ics, IngestProperties properties, boolean embedded) {
        this.ics = ics;
        this.properties = properties;
        this.embedded = embedded;
    }

    /**
     * The configured key; outside embedded mode there must be one, since a key that changes on
     * restart splits every encounter in two.
     */
    private Pseudonymiser pseudonymiser() {
        String key = properties.pseudonymisation().key();
        if (!key.isBlank()) {
            return Pseudonymiser.fromBase64(key);
        }
        if (!embedded) {
            throw new IllegalStateException(
                    "flowboard.pseudonymisation.key is required when flowboard.embedded=false"
                            + " (base64 of 32 random bytes, the same for every connector)");
        }
        // The key itself is never logged.
        LOG.warn(
                "flowboard.pseudonymisation.key is empty: generated a random key for this run;"
                        + " encounter keys will differ after a restart");
        return Pseudonymiser.generate();
    }

    /** Starts the connectors writing to this Kafka; closing the result stops them. */
    public synchronized AutoCloseable start(String bootstrapServers) {
        if (running != null) {
            throw new IllegalStateException("the connectors are already running");
        }
        Pseudonymiser pseudonymiser = pseudonymiser();
        int maxBody = properties.feeds().maxBodyBytes();
        EventOutlet fhir =
                new EventOutlet(
                        FHIR_CONNECTOR, bootstrapServers, properties.feeds().ackTimeout(), maxBody);
        EventOutlet json =
                new EventOutlet(
                        JSON_CONNECTOR, bootstrapServers, properties.feeds().ackTimeout(), maxBody);
        MllpListener mllp = null;
        try {
            if (properties.mllp().enabled()) {
                mllp =
                        MllpListener.start(
                                ics,
                                pseudonymiser,
                                properties.mllp().senderSites(),
                                bootstrapServers,
                                MllpSettings.defaults().withPort(properties.mllp().port()));
            } else {
                LOG.info("MLLP listener disabled (flowboard.mllp.enabled=false)");
            }
        } catch (RuntimeException e) {
            fhir.close();
            json.close();
            throw e;
        }
        running = new Running(bootstrapServers, pseudonymiser, mllp, fhir, json);
        LOG.info("FHIR R4 and JSON feeds writing to Kafka at {}", bootstrapServers);
        return this::close;
    }

    Optional<Pseudonymiser> runningPseudonymiser() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(r.pseudonymiser());
    }

    Optional<EventOutlet> fhirOutlet() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(r.fhir());
    }

    Optional<EventOutlet> jsonOutlet() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(r.json());
    }

    /** The Kafka the connectors write to, while they run. */
    public Optional<String> bootstrapServers() {
        Running r = running;
        return r == null ? Optional.empty() : Optional.of(r.bootstrapServers());
    }

    /** The MLLP listener's port, once it listens (tests use a free port). */
    public Optional<Integer> mllpPort() {
        Running r = running;
        return r == null || r.mllp() == null ? Optional.empty() : Optional.of(r.mllp().port());
    }

    Optional<FeedHealth> mllpHealth() {
        Running r = running;
        return r == null || r.mllp() == null
                ? Optional.empty()
                : Optional.of(r.mllp().feedHealth());
    }

    @Override
    public synchronized void close() {
        Running r = running;
        running = null;
        if (r == null) {
            return;
        }
        for (AutoCloseable c : List.<AutoCloseable>of(r.fhir(), r.json())) {
            closeQuietly(c);
        }
        if (r.mllp() != null) {
            closeQuietly(r.mllp());
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("could not stop {} cleanly: {}", c, e.getMessage());
        }
    }
}
