package org.flowboard.jobs.replay;

import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.flowboard.events.FlowEvent;

/**
 * Passes events on unchanged and holds event time at T: no watermark beyond T, not even the final
 * one of a bounded input. A live system at T has seen no later time, so no timer after T may fire
 * in a replay either (the day's counts would roll over at midnight, and a total combined from sites
 * seen at different times would be stamped after T). The watermark reaches T itself when the input
 * ends, which fires the timers at T.
 */
final class ClockStopsAtAsOf extends AbstractStreamOperator<FlowEvent>
        implements OneInputStreamOperator<FlowEvent, FlowEvent> {

    private final long asOf;

    ClockStopsAtAsOf(long asOf) {
        this.asOf = asOf;
    }

    @Override
    public void processElement(StreamRecord<FlowEvent> element) {
        output.collect(element);
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        super.processWatermark(mark.getTimestamp() > asOf ? new Watermark(asOf) : mark);
    }
}
