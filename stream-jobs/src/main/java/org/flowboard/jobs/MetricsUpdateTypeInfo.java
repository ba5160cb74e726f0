package org.flowboard.jobs;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Flink type of {@link MetricsUpdate}. Its free-form {@code fields} map would otherwise fall back
 * to Kryo; it travels in the binary form of {@link MetricsUpdateSerializer}.
 */
public final class MetricsUpdateTypeInfo {

    public static final TypeInformation<MetricsUpdate> INSTANCE =
            new SerializerTypeInfo<>(MetricsUpdate.class, MetricsUpdateSerializer.INSTANCE);

    private MetricsUpdateTypeInfo() {}
}
