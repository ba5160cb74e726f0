package org.flowboard.ics;

import java.util.List;

/** An ICS file that cannot be used, with every problem found in it (not only the first). */
public final class IcsFileException extends RuntimeException {

    private final List<String> problems;

    IcsFileException(String source, List<String> problems) {
        super("ICS file " + source + " is not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
