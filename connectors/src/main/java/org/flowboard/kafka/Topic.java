package org.flowboard.kafka;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic paired with the serde of its values; keys are always UTF-8 strings (the ODS site code).
 */
public record Topic<T>(String name, Serde<T> valueSerde) {}
