package org.flowboard.jobs;

import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.flowboard.metrics.MetricsUpdate;

/**
 * Flink type of {@link MetricsUpdate}. Its free-form {@code fields} map would otherwise fall back
 * to Kryo; it travels in the binary form of {@link MetricsUpdateSerializer}.
 */
public final class MetricsUpdateTypeInfo extends TypeInformation<MetricsUpdate> {

    public static final MetricsUpdateTypeInfo INSTANCE = new MetricsUpdateTypeInfo();

    private MetricsUpdateTypeInfo() {}

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<MetricsUpdate> getTypeClass() {
        return MetricsUpdate.class;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public TypeSerializer<MetricsUpdate> createSerializer(SerializerConfig config) {
        return MetricsUpdateSerializer.INSTANCE;
    }

    @Override
    public String toString() {
        return "MetricsUpdate(binary)";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricsUpdateTypeInfo;
    }

    @Override
    public int hashCode() {
        return MetricsUpdateTypeInfo.class.hashCode();
    }

    @Override
    public boolean canEqual(Object other) {
        return other instanceof MetricsUpdateTypeInfo;
    }
}
