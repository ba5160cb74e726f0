package org.flowboard.jobs;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.flowboard.ics.Ics;

/**
 * The live job graph: {@code flow.events} from Kafka through every metric job to Redis and {@code
 * flow.metrics}. Embedded mode and {@code FlowboardJobs live} both build it with this. STUB: the
 * occupancy job fills this in; the signature is fixed.
 */
public final class LivePipeline {

    private LivePipeline() {}

    public static void define(StreamExecutionEnvironment env, Ics ics, LiveSettings settings) {
        throw new UnsupportedOperationException("live pipeline not built yet");
    }
}
