package org.flowboard.jobs;

import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.flowboard.events.FlowEvent;

/** Event time is when it happened in the hospital, never when Kafka or Flink saw it. */
final class PayloadEventTime implements SerializableTimestampAssigner<FlowEvent> {

    @Override
    public long extractTimestamp(FlowEvent event, long recordTimestamp) {
        return event.eventTime();
    }
}
