package org.flowboard.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SimulatorMainTest {

    @Test
    void readsEveryOption() {
        SimulatorMain.Options options =
                SimulatorMain.Options.parse(
                        new String[] {
                            "--bootstrap",
                            "kafka:9092",
                            "--seed",
                            "7",
                            "--speed",
                            "60",
                            "--ics",
                            "my-ics.yaml"
                        });
        assertThat(options)
                .isEqualTo(
                        new SimulatorMain.Options("kafka:9092", 7, 60.0, Path.of("my-ics.yaml")));
    }

    @Test
    void defaultsToSeedOneAtRealTimeOnTheDemoIcs() {
        assertThat(SimulatorMain.Options.parse(new String[] {"--bootstrap", "k:9092"}))
                .isEqualTo(new SimulatorMain.Options("k:9092", 1, 1.0, null));
    }

    @Test
    void refusesMissingBootstrapUnknownOptionsAndBadNumbers() {
        assertThatThrownBy(() -> SimulatorMain.Options.parse(new String[] {"--seed", "1"}))
                .hasMessageContaining("--bootstrap");
        assertThatThrownBy(
                        () -> SimulatorMain.Options.parse(new String[] {"--bootstrap", "k", "-x"}))
                .hasMessageContaining("unknown option");
        assertThatThrownBy(
                        () ->
                                SimulatorMain.Options.parse(
                                        new String[] {"--bootstrap", "k", "--speed", "-2"}))
                .hasMessageContaining("positive");
        assertThatThrownBy(
                        () ->
                                SimulatorMain.Options.parse(
                                        new String[] {"--bootstrap", "k", "--seed", "x"}))
                .hasMessageContaining("not a number");
    }
}
