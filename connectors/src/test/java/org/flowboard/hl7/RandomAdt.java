package org.flowboard.hl7;

import java.util.Random;

/**
 * Seeded random ADT messages that vary everything the mapper reads: delimiters, versions, triggers,
 * classes, times, locations, escapes, repetitions, optional and unexpected segments.
 */
final class RandomAdt {

    private static final String[] TRIGGERS = {
        "A01", "A01", "A01", "A02", "A03", "A04", "A08", "A11", "A12", "A13", "A99", ""
    };
    private static final String[] CLASSES = {"I", "I", "I", "E", "O", "", " I ", "I^X"};
    private static final String[] VERSIONS = {
        "2.2", "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.8", "2.9", "", "2.5.1^GBR"
    };
    private static final String[] WARDS = {"NG-A1", "NG-AMU", "XX-9", "", "NG\\S\\A1", "NG&A1"};
    private static final String[] SITES = {"RZZ01", "RZZ02", "RZZ99", "", "RZZ01&1.2.3&ISO"};
    private static final String[] VISITS = {
        "V%d", "V%d^^^NG^VN", "V%d~W%d", "V\\F\\%d", "V\\E\\%d", "V\\X41\\%d", "", " V%d "
    };
    private static final String[] TIMES = {
        "202603020805",
        "20260302080512",
        "20260302080512.1234",
        "202603020805+0100",
        "20260701080500-0000",
        "20260302",
        "202602301200",
        "",
        "2026030208^12"
    };
    private static final String[] EXTRA = {
        "NK1|1|SMITH^JOHN", "PV2|||^TEST", "ZPV|1|X", "AL1|1||^ASPIRIN", "OBX|1|NM|^W||79|kg"
    };
    private static final String[] SEPARATORS = {"\r", "\r", "\n", "\r\n"};

    private RandomAdt() {}

    static String message(Random random, int n) {
        String delimiters = random.nextInt(10) == 0 ? "#$%*!" : "|^~\\&";
        String seg = SEPARATORS[random.nextInt(SEPARATORS.length)];
        String trigger = pick(random, TRIGGERS);
        StringBuilder m = new StringBuilder();
        m.append("MSH|^~\\&|")
                .append(random.nextBoolean() ? "PAS" : "")
                .append('|')
                .append(random.nextInt(4) == 0 ? "NGPAS" : "RZZ01")
                .append("|FLOWBOARD|QZZ|")
                .append(pick(random, TIMES))
                .append("||")
                .append(random.nextInt(20) == 0 ? "ORU" : "ADT")
                .append('^')
                .append(trigger)
                .append(random.nextBoolean() ? "^ADT_A01" : "")
                .append('|')
                .append(random.nextInt(30) == 0 ? "" : "C" + n)
                .append("|P|")
                .append(pick(random, VERSIONS))
                .append(seg);
        if (random.nextInt(6) != 0) {
            m.append("EVN|")
                    .append(trigger)
                    .append('|')
                    .append(pick(random, TIMES))
                    .append("||||")
                    .append(random.nextBoolean() ? pick(random, TIMES) : "")
                    .append(seg);
        }
        if (random.nextInt(8) == 0) {
            m.append(pick(random, EXTRA)).append(seg);
        }
        String visit = pick(random, VISITS).replace("%d", Integer.toString(n));
        m.append("PID|1||9434765919^^^NHS^NH||SMITH^ANN||19470312|F|||||||||||")
                .append(random.nextInt(3) == 0 ? "A" + n : "")
                .append(seg);
        if (random.nextInt(10) == 0) {
            m.append(pick(random, EXTRA)).append(seg);
        }
        if (random.nextInt(15) != 0) {
            m.append("PV1|1|")
                    .append(pick(random, CLASSES))
                    .append('|')
                    .append(pick(random, WARDS))
                    .append("^^")
                    .append(random.nextBoolean() ? "B" + random.nextInt(30) : "")
                    .append('^')
                    .append(pick(random, SITES))
                    .append("||||||||||||||||")
                    .append(visit)
                    .append(seg);
        }
        if (random.nextInt(8) == 0) {
            m.append(pick(random, EXTRA)).append(seg);
        }
        if (random.nextInt(25) == 0) {
            // A repeated or misplaced segment.
            m.append(random.nextBoolean() ? "PV1|1|I|NG-A2^^^RZZ01" : "EVN|A02|202603020900")
                    .append(seg);
        }
        String text = m.toString();
        return delimiters.equals("|^~\\&") ? text : withDelimiters(text, delimiters);
    }

    /** The same message written with other encoding characters (escapes stay escapes). */
    private static String withDelimiters(String text, String to) {
        String from = "|^~\\&";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int at = from.indexOf(text.charAt(i));
            out.append(at < 0 ? text.charAt(i) : to.charAt(at));
        }
        return out.toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
