package org.flowboard.hl7;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import org.flowboard.kafka.EventOutlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to one received message, whatever the transport: map it, drop a resend, write the
 * events or the dead letter, count it, and build the ACK. The ACK says {@code AA} only after Kafka
 * acknowledged the events.
 *
 * <p>Logs name the sender, control id and refusal kind only: a reason can quote field values, and
 * message content never goes to logs.
 */
final class AdtIntake {

    private static final Logger LOG = LoggerFactory.getLogger(AdtIntake.class);

    private final AdtMapper mapper;
    private final EventOutlet outlet;
    private final DuplicateFilter duplicates;
    private final FeedHealth health;
    private final Clock clock;
    private final Acks acks = new Acks();
    private final Object[] stripes = new Object[64];

    AdtIntake(
            AdtMapper mapper,
            EventOutlet outlet,
            DuplicateFilter duplicates,
            FeedHealth health,
            Clock clock) {
        this.mapper = mapper;
        this.outlet = outlet;
        this.duplicates = duplicates;
        this.health = health;
        this.clock = clock;
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Object();
        }
    }

    /** The encoded ACK for one complete MLLP frame's payload. */
    byte[] handle(byte[] raw) {
        Charset charset = Hl7Text.charsetOf(raw);
        String text = new String(raw, charset);
        Instant receivedAt = clock.instant();
        MshHeader msh = MshHeader.parse(Hl7Text.normalise(text));
        String sourceId = msh.sourceId();
        AdtResult result = mapper.map(text, receivedAt);
        String ack;
        if (result instanceof AdtResult.Rejected r) {
            ack = refuse(msh, raw, r.refusal(), r.reason(), receivedAt);
        } else {
            ack = accept(msh, sourceId, (AdtResult.Accepted) result, receivedAt);
        }
        return ack.getBytes(charset);
    }

    private String accept(
            MshHeader msh, String sourceId, AdtResult.Accepted accepted, Instant receivedAt) {
        // Check, write and remember under one lock per id stripe, so that a resend arriving on
        // another connection while the first copy is still being written is not written twice.
        synchronized (stripes[Math.floorMod(sourceId.hashCode(), stripes.length)]) {
            String sender = msh.sender();
            if (duplicates.alreadyAccepted(sourceId)) {
                health.duplicate(sender, receivedAt);
                LOG.debug("duplicate {} answered AA, not written again", sourceId);
                return acks.accept(msh, clock.instant());
            }
            try {
                outlet.publish(accepted.events());
            } catch (EventOutlet.NotStoredException e) {
                // Not dead-lettered: the message is fine, the sender will resend it.
                LOG.warn("{} not stored: {}", sourceId, e.getMessage());
                String reason =
                        "could not store the message (" + e.getMessage() + "): resend it later";
                health.rejected(sender, receivedAt, reason);
                return acks.refuse(msh, Refusal.NOT_STORED, reason, clock.instant());
            }
            duplicates.accepted(sourceId);
            health.accepted(sender, receivedAt, accepted.dataQualityIssues().size());
            return acks.accept(msh, clock.instant());
        }
    }

    /** The answer when handling failed unexpectedly: {@code AR}, so the sender resends. */
    byte[] internalError(byte[] raw) {
        Charset charset = Hl7Text.charsetOf(raw);
        MshHeader msh = MshHeader.parse(Hl7Text.normalise(new String(raw, charset)));
        health.rejected(msh.sender(), clock.instant(), "internal error");
        return acks.refuse(
                        msh,
                        Refusal.NOT_STORED,
                        "internal error in the interface: resend it later",
                        clock.instant())
                .getBytes(charset);
    }

    /** A frame over the size limit: only its beginning was kept. */
    byte[] tooLarge(byte[] prefix, long size, int limit) {
        Charset charset = Hl7Text.charsetOf(prefix);
        MshHeader msh = MshHeader.parse(Hl7Text.normalise(new String(prefix, charset)));
        String reason =
                "the message is "
                        + size
                        + " bytes, over this interface's limit of "
                        + limit
                        + " bytes (the dead letter keeps its first "
                        + prefix.length
                        + ")";
        return refuse(msh, prefix, Refusal.TOO_LARGE, reason, clock.instant()).getBytes(charset);
    }

    private String refuse(
            MshHeader msh, byte[] raw, Refusal refusal, String reason, Instant receivedAt) {
        String sender = msh.sender();
        LOG.info("refused {}|{}: {}", sender, msh.controlId(), refusal);
        health.rejected(sender, receivedAt, reason);
        try {
            outlet.deadLetter(sender, reason, receivedAt, raw);
        } catch (EventOutlet.NotStoredException e) {
            // The sender still gets the negative ACK with the reason; only the copy is missing.
            LOG.warn(
                    "dead letter for {}|{} not stored: {}",
                    sender,
                    msh.controlId(),
                    e.getMessage());
        }
        return acks.refuse(msh, refusal, reason, clock.instant());
    }
}
