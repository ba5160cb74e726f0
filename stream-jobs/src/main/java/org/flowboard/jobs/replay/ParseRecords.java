package org.flowboard.jobs.replay;

import java.time.Instant;
import java.util.Map;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.flowboard.events.FlowEvent;
import org.flowboard.feeds.FeedParser;
import org.flowboard.feeds.LineResult;
import org.flowboard.hl7.AdtMapper;
import org.flowboard.hl7.AdtResult;
import org.flowboard.ics.Ics;
import org.flowboard.privacy.Pseudonymiser;

/**
 * Raw records to canonical events with the connectors' own parsers: {@link AdtMapper} for HL7 and
 * {@link FeedParser} for JSON lines, both keying encounters with the same pseudonymiser. A record
 * that cannot be used is counted in the {@value #REJECTED} accumulator, never thrown; events after
 * the as-of instant are left out (DESIGN.md section 6: only events at or before T count).
 */
final class ParseRecords extends RichFlatMapFunction<RawRecord, FlowEvent> {

    static final String REJECTED = "replay-rejected";
    static final String EVENTS = "replay-events";
    static final String AFTER_AS_OF = "replay-after-as-of";

    private final Ics ics;
    private final byte[] pseudonymKey;
    private final long asOf;
    private final long receivedAt;

    private transient AdtMapper adt;
    private transient FeedParser feeds;
    private transient LongCounter rejected;
    private transient LongCounter events;
    private transient LongCounter afterAsOf;

    /**
     * @param pseudonymKey the key for encounter pseudonyms, the same for every parallel instance so
     *     that an encounter gets one key whichever instance reads its messages
     * @param receivedAt what the events record as their receive time (the replay's start)
     */
    ParseRecords(Ics ics, byte[] pseudonymKey, Instant asOf, Instant receivedAt) {
        this.ics = ics;
        this.pseudonymKey = pseudonymKey.clone();
        this.asOf = asOf.toEpochMilli();
        this.receivedAt = receivedAt.toEpochMilli();
    }

    @Override
    public void open(OpenContext context) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(pseudonymKey);
        adt = new AdtMapper(ics, pseudonymiser, Map.of());
        feeds = new FeedParser(ics, pseudonymiser::encounterKey);
        rejected = getRuntimeContext().getLongCounter(REJECTED);
        events = getRuntimeContext().getLongCounter(EVENTS);
        afterAsOf = getRuntimeContext().getLongCounter(AFTER_AS_OF);
    }

    @Override
    public void flatMap(RawRecord record, Collector<FlowEvent> out) {
        if (record.feed() == Feed.ADT) {
            AdtResult result = adt.map(record.text(), Instant.ofEpochMilli(receivedAt));
            if (result instanceof AdtResult.Accepted accepted) {
                accepted.events().forEach(e -> emit(e, out));
            } else {
                rejected.add(1);
            }
            return;
        }
        for (LineResult line : feeds.parse(record.feed().jsonKind(), record.text())) {
            if (line.isAccepted()) {
                emit(line.event(), out);
            } else {
                rejected.add(1);
            }
        }
    }

    private void emit(FlowEvent event, Collector<FlowEvent> out) {
        if (event.eventTime() > asOf) {
            afterAsOf.add(1);
            return;
        }
        events.add(1);
        out.collect(event);
    }
}
