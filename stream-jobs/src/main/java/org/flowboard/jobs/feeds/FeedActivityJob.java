package org.flowboard.jobs.feeds;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.flowboard.events.FlowEvent;
import org.flowboard.jobs.MetricsUpdateTypeInfo;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Feed activity per site (group {@code feeds}), live only: it is about when events reached us,
 * which a replay of recorded files cannot know.
 */
public final class FeedActivityJob {

    private FeedActivityJob() {}

    public static DataStream<MetricsUpdate> defineWorkflow(DataStream<FlowEvent> events) {
        return events.keyBy(FlowEvent::site)
                .process(new FeedActivityFunction())
                .returns(MetricsUpdateTypeInfo.INSTANCE)
                .name("feeds: activity per site")
                .uid("feeds-activity");
    }
}
