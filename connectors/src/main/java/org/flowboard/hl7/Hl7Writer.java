package org.flowboard.hl7;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;

/**
 * Canonical ADT events back to HL7 v2.5.1 ADT text, as a PAS would send them: A01 (admission, class
 * I), A02, A03, A11, A12, A13, and A04 for an ED arrival; PV1-3 = {@code ward^^bed^site}, PV1-19 =
 * the visit number, EVN-2 and EVN-6 the event time with its UTC offset. For recorded feeds (load
 * tests, replays) and for the simulator speaking MLLP.
 *
 * <p>The encounter key is written as the visit number: the simulator's keys are already pseudonyms,
 * and nothing else identifies a patient. Segments end with CR, as the standard says.
 */
public final class Hl7Writer {

    private final ZoneId zone;
    private final String sendingApplication;

    public Hl7Writer(ZoneId zone, String sendingApplication) {
        this.zone = zone;
        this.sendingApplication = Hl7Text.escape(sendingApplication, 20);
    }

    /**
     * @param controlId MSH-10, unique per message from this sender
     * @throws IllegalArgumentException for an event that is not ADT or an ED arrival
     */
    public String write(FlowEvent event, String controlId) {
        String trigger = triggerOf(event.kind());
        EncounterDetail encounter = event.encounter();
        String time = time(event.eventTime());
        String site = Hl7Text.escape(event.site(), 20);
        String visit = Hl7Text.escape(encounter.key(), 64);
        String ward = encounter.ward() == null ? "" : Hl7Text.escape(encounter.ward(), 20);
        String bed = encounter.bed() == null ? "" : Hl7Text.escape(encounter.bed(), 20);
        String patientClass = event.kind() == EventKind.ED_ARRIVAL ? "E" : "I";
        StringBuilder m = new StringBuilder(256);
        m.append("MSH|^~\\&|")
                .append(sendingApplication)
                .append('|')
                .append(site)
                .append("|FLOWBOARD||")
                .append(time)
                .append("||ADT^")
                .append(trigger)
                .append('|')
                .append(Hl7Text.escape(controlId, 50))
                .append("|P|2.5.1\r");
        m.append("EVN|").append(trigger).append('|').append(time).append("||||");
        m.append(time).append('\r');
        m.append("PID|1||").append(visit).append("^^^").append(sendingApplication);
        m.append("^PI\r");
        m.append("PV1|1|").append(patientClass).append('|');
        m.append(ward).append("^^").append(bed).append('^').append(site);
        m.append("||||||||||||||||").append(visit).append('\r');
        return m.toString();
    }

    static String triggerOf(EventKind kind) {
        return switch (kind) {
            case ADMIT -> "A01";
            case TRANSFER -> "A02";
            case DISCHARGE -> "A03";
            case CANCEL_ADMIT -> "A11";
            case CANCEL_TRANSFER -> "A12";
            case CANCEL_DISCHARGE -> "A13";
            case ED_ARRIVAL -> "A04";
            default ->
                    throw new IllegalArgumentException(
                            kind.wireName() + " is not an event of an ADT feed");
        };
    }

    /** {@code YYYYMMDDHHMMSS[.SSS]+ZZZZ}: local time with its offset, to the millisecond. */
    private String time(long epochMillis) {
        Instant instant = Instant.ofEpochMilli(epochMillis);
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime t = LocalDateTime.ofInstant(instant, offset);
        StringBuilder s = new StringBuilder(24);
        pad(s, t.getYear(), 4);
        pad(s, t.getMonthValue(), 2);
        pad(s, t.getDayOfMonth(), 2);
        pad(s, t.getHour(), 2);
        pad(s, t.getMinute(), 2);
        pad(s, t.getSecond(), 2);
        int millis = t.getNano() / 1_000_000;
        if (millis != 0) {
            s.append('.');
            pad(s, millis, 3);
        }
        int seconds = offset.getTotalSeconds();
        s.append(seconds < 0 ? '-' : '+');
        int minutes = Math.abs(seconds) / 60;
        pad(s, minutes / 60, 2);
        pad(s, minutes % 60, 2);
        return s.toString();
    }

    private static void pad(StringBuilder s, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            s.append('0');
        }
        s.append(digits);
    }
}
