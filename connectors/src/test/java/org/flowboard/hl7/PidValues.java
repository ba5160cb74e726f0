package org.flowboard.hl7;

import java.util.ArrayList;
import java.util.List;

/**
 * The identifying values of a message's PID segment (identifiers, names, date of birth, address,
 * phone numbers, NHS/SSN numbers), read naively from the text, for leak checks.
 */
final class PidValues {

    private static final int[] IDENTIFYING_FIELDS = {2, 3, 4, 5, 6, 7, 9, 11, 13, 14, 19};

    private PidValues() {}

    /** Every component or sub-component of 4+ characters in an identifying PID field. */
    static List<String> identifying(String message) {
        List<String> values = new ArrayList<>();
        for (String segment : Hl7Text.normalise(message).split("\r")) {
            if (!segment.startsWith("PID|")) {
                continue;
            }
            String[] fields = segment.split("\\|", -1);
            for (int f : IDENTIFYING_FIELDS) {
                if (f < fields.length) {
                    for (String part : fields[f].split("[\\^~&]")) {
                        if (part.trim().length() >= 4) {
                            values.add(part.trim());
                        }
                    }
                }
            }
        }
        return values;
    }
}
