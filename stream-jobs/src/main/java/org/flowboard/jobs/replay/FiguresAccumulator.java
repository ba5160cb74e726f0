package org.flowboard.jobs.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.accumulators.ListAccumulator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.flowboard.events.Json;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Hands the figures at T back to the client in an accumulator, as JSON: there are only a few (one
 * per site, group and the ICS), and unlike a collect sink an accumulator survives the local cluster
 * shutting down as soon as a bounded job ends.
 */
final class FiguresAccumulator extends RichMapFunction<MetricsUpdate, MetricsUpdate> {

    static final String FIGURES = "replay-figures";
    private static final ObjectMapper JSON = Json.mapper();

    private transient ListAccumulator<String> figures;

    @Override
    public void open(OpenContext context) {
        figures = new ListAccumulator<>();
        getRuntimeContext().addAccumulator(FIGURES, figures);
    }

    @Override
    public MetricsUpdate map(MetricsUpdate update) throws JsonProcessingException {
        figures.add(JSON.writeValueAsString(update));
        return update;
    }

    static List<MetricsUpdate> read(List<String> json) throws JsonProcessingException {
        List<MetricsUpdate> updates = new ArrayList<>(json.size());
        for (String text : json) {
            updates.add(JSON.readValue(text, MetricsUpdate.class));
        }
        return updates;
    }
}
