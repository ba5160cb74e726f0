package org.flowboard.jobs.reference;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.flowboard.events.FlowEvent;

/**
 * Bounded out-of-orderness with a watermark after every event, rather than every 200 ms of wall
 * clock: midnight timers then fire at the same points of the input in every run, so a failing seed
 * fails again.
 */
final class EveryEventWatermarks implements WatermarkGenerator<FlowEvent> {

    private final long bound;
    private long latest = Long.MIN_VALUE;

    EveryEventWatermarks(long bound) {
        this.bound = bound;
    }

    @Override
    public void onEvent(FlowEvent event, long eventTimestamp, WatermarkOutput output) {
        if (event.eventTime() > latest) {
            latest = event.eventTime();
            output.emitWatermark(new Watermark(latest - bound - 1));
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        // Emitted on every event instead.
    }
}
