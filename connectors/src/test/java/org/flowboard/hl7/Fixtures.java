package org.flowboard.hl7;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared real-world HL7 samples (see /work/shared/fixtures/SOURCES.md). */
final class Fixtures {

    private Fixtures() {}

    static Path hl7Dir() {
        String configured = System.getProperty("flowboard.fixtures");
        Path base =
                configured != null
                        ? Path.of(configured)
                        : Path.of("..", "..", "shared", "fixtures");
        Path dir = base.resolve("hl7");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(
                    "HL7 fixtures not found at "
                            + dir.toAbsolutePath()
                            + "; set -Dflowboard.fixtures=<path to shared/fixtures>");
        }
        return dir;
    }

    static List<Path> accepted() {
        return list("accepted");
    }

    static List<Path> rejected() {
        return list("rejected");
    }

    static Path named(String prefix) {
        return Stream.concat(accepted().stream(), rejected().stream())
                .filter(p -> p.getFileName().toString().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture " + prefix));
    }

    static String text(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(String kind) {
        try (Stream<Path> files = Files.list(hl7Dir().resolve(kind))) {
            return files.filter(p -> p.toString().endsWith(".hl7")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
