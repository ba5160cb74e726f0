package org.flowboard.dashboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml is valid for the Debian docker-compose our users have (no Docker engine
 * needed).
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml").toAbsolutePath();

    @Test
    void composeFileValidatesAndDeclaresEveryService() throws Exception {
        Result config = dockerCompose("config");
        assertThat(config.exitCode()).as(config.output()).isZero();

        Result services = dockerCompose("config", "--services");
        assertThat(services.exitCode()).as(services.output()).isZero();
        assertThat(services.output().lines().toList())
                .contains(
                        "kafka",
                        "redis",
                        "flink-jobmanager",
                        "flink-taskmanager",
                        "flink-job",
                        "simulator",
                        "dashboard");
    }

    @Test
    void dashboardIsPointedAtTheComposeServicesNotEmbeddedOnes() throws Exception {
        Result config = dockerCompose("config");
        assertThat(config.output())
                .contains("--flowboard.embedded=false")
                .contains("--flowboard.kafka.bootstrap=kafka:9092")
                .contains("--flowboard.redis.url=redis://redis:6379");
    }

    private record Result(int exitCode, String output) {}

    private static Result dockerCompose(String... args) throws IOException, InterruptedException {
        List<String> command =
                new java.util.ArrayList<>(List.of("docker-compose", "-f", COMPOSE_FILE.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("compose", ".out");
        try {
            Process process;
            try {
                process =
                        new ProcessBuilder(command)
                                .redirectErrorStream(true)
                                .redirectOutput(out.toFile())
                                .start();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "docker-compose is not installed: apt-get install docker-compose (.ci/run does)",
                        e);
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("docker-compose finished")
                    .isTrue();
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
