package org.flowboard.jobs.discharge;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.MapFunction;
import org.flowboard.metrics.MetricsUpdate;

/** Flow figures as the fields of DESIGN.md section 6 (group {@code flow}). */
final class FlowFields implements MapFunction<SiteFlow, MetricsUpdate> {

    static final String GROUP = "flow";

    private final String scope;

    FlowFields(String scope) {
        this.scope = scope;
    }

    @Override
    public MetricsUpdate map(SiteFlow figures) {
        return new MetricsUpdate(scope, figures.id(), GROUP, figures.asOf(), fields(figures));
    }

    static Map<String, Object> fields(SiteFlow f) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("admissionsToday", f.admissionsToday());
        fields.put("dischargesToday", f.dischargesToday());
        fields.put("dischargesBeforeNoonToday", f.dischargesBeforeNoonToday());
        fields.put("nctr", f.nctr());
        Map<String, Object> byPathway = new LinkedHashMap<>();
        byPathway.put("0", f.nctrPathway0());
        byPathway.put("1", f.nctrPathway1());
        byPathway.put("2", f.nctrPathway2());
        byPathway.put("3", f.nctrPathway3());
        byPathway.put("unknown", f.nctrPathwayUnknown());
        fields.put("nctrByPathway", byPathway);
        fields.put("los7plus", f.los7plus());
        fields.put("los14plus", f.los14plus());
        fields.put("los21plus", f.los21plus());
        return fields;
    }
}
