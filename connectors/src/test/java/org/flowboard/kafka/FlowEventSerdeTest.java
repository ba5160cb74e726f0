package org.flowboard.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlowEventSerdeTest {

    private static final Instant AT_0800 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String SITE = "RZZ01";

    /** One event of the given kind, with every field its detail allows set. */
    static FlowEvent anEventOf(EventKind kind) {
        if (kind.isAdt() || kind == EventKind.ED_ARRIVAL) {
            return FlowEvent.adt(
                    kind,
                    "MSG-" + kind,
                    SITE,
                    new EncounterDetail("enc-1", "NG-A1", "B3", "I"),
                    AT_0800);
        }
        if (kind == EventKind.CAPACITY) {
            return FlowEvent.capacity("CAP-1", SITE, "NG-A1", 26, 2, AT_0800);
        }
        if (kind == EventKind.READINESS) {
            return FlowEvent.readiness("RDY-1", SITE, "enc-1", false, 1, AT_0800);
        }
        return FlowEvent.ambulance(kind, "AMB-" + kind, SITE, "INC-1", "NV101", AT_0800);
    }

    @ParameterizedTest
    @EnumSource(EventKind.class)
    void everyKindOfEventSurvivesTheRoundTripThroughItsTopicSerde(EventKind kind) {
        FlowEvent event = anEventOf(kind);
        byte[] bytes =
                Topics.EVENTS.valueSerde().serializer().serialize(Topics.EVENTS.name(), event);

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"kind\":\"" + kind.wireName() + "\"");
        assertThat(
                        Topics.EVENTS
                                .valueSerde()
                                .deserializer()
                                .deserialize(Topics.EVENTS.name(), bytes))
                .isEqualTo(event);
    }

    @Test
    void aRecordThatIsNotAnEventIsASerializationError() {
        byte[] junk = "{\"kind\":\"nonsense\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(
                        () ->
                                Topics.EVENTS
                                        .valueSerde()
                                        .deserializer()
                                        .deserialize(Topics.EVENTS.name(), junk))
                .isInstanceOf(SerializationException.class);
    }
}
