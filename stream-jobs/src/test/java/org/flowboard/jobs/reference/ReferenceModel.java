package org.flowboard.jobs.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;
import org.flowboard.metrics.MetricsUpdate;

/**
 * DESIGN.md section 6, literally, in plain Java: drop duplicates, sort by event time (ties in the
 * order received), apply each event to a simple state, and read the figures at T. No streaming, no
 * state expiry, no incremental tricks: the thing the Flink jobs must agree with.
 */
public final class ReferenceModel {

    private static final long MINUTE = Duration.ofMinutes(1).toMillis();
    private static final long DAY = Duration.ofHours(24).toMillis();

    private ReferenceModel() {}

    /**
     * The figures at T, by "scope|id|group", for every site of the ICS file and the ICS.
     *
     * @param received the events in the order received
     */
    public static Map<String, Map<String, Object>> figuresAt(
            Ics ics, List<FlowEvent> received, long t) {
        World world = new World();
        for (FlowEvent event : inEventTimeOrder(received, t)) {
            world.apply(event);
        }
        return world.figures(ics, t);
    }

    /** De-duplicated (message id, or same kind, key and time), at or before T, sorted stably. */
    static List<FlowEvent> inEventTimeOrder(List<FlowEvent> received, long t) {
        Set<String> ids = new HashSet<>();
        Set<String> feedEvents = new HashSet<>();
        List<FlowEvent> kept = new ArrayList<>();
        for (FlowEvent event : received) {
            if (event.eventTime() > t) {
                continue;
            }
            String feedEvent =
                    event.kind()
                            + "|"
                            + event.site()
                            + "|"
                            + keyOf(event)
                            + "|"
                            + event.eventTime();
            if (ids.add(event.sourceId()) & feedEvents.add(feedEvent)) {
                kept.add(event);
            }
        }
        // List.sort is stable: ties stay in the order received.
        kept.sort(Comparator.comparingLong(FlowEvent::eventTime));
        return kept;
    }

    private static String keyOf(FlowEvent event) {
        if (event.encounter() != null) {
            return event.encounter().key();
        } else if (event.readiness() != null) {
            return event.readiness().encounterKey();
        } else if (event.capacity() != null) {
            return event.capacity().ward();
        }
        return event.ambulance().incident();
    }

    /** A counted admission or discharge, which a later cancellation may take back. */
    private static final class Counted {
        final long time;
        boolean cancelled;

        Counted(long time) {
            this.time = time;
        }
    }

    private static final class Encounter {
        boolean inpatient;
        final Deque<String> wards = new ArrayDeque<>();
        Long admittedAt;
        Counted admission;
        Counted discharge;
        final List<Counted> admissions = new ArrayList<>();
        final List<Counted> discharges = new ArrayList<>();
        Boolean criteriaToReside;
        Integer pathway;

        String ward() {
            return wards.peek();
        }
    }

    private static final class Incident {
        Long arrived;
        Long handedOver;
    }

    private static final class World {
        final Map<String, Map<String, Encounter>> encounters = new HashMap<>();
        final Map<String, Map<String, int[]>> capacity = new HashMap<>();
        final Map<String, Map<String, Incident>> incidents = new HashMap<>();

        void apply(FlowEvent e) {
            switch (e.kind()) {
                case ADMIT -> {
                    if ("I".equals(e.encounter().patientClass())) {
                        Encounter enc = encounter(e.site(), e.encounter().key());
                        enc.admission = new Counted(e.eventTime());
                        enc.admissions.add(enc.admission);
                        enc.wards.clear();
                        enc.wards.push(wardOf(e));
                        enc.inpatient = true;
                        enc.admittedAt = e.eventTime();
                    }
                }
                case TRANSFER -> {
                    Encounter enc = encounter(e.site(), e.encounter().key());
                    enc.wards.push(wardOf(e));
                    enc.inpatient = true;
                }
                case CANCEL_TRANSFER -> {
                    Encounter enc = encounter(e.site(), e.encounter().key());
                    if (enc.inpatient && enc.wards.size() >= 2) {
                        enc.wards.pop();
                    }
                }
                case DISCHARGE -> {
                    Encounter enc = encounter(e.site(), e.encounter().key());
                    if (enc.inpatient) {
                        enc.discharge = new Counted(e.eventTime());
                        enc.discharges.add(enc.discharge);
                        enc.inpatient = false;
                    }
                }
                case CANCEL_DISCHARGE -> {
                    Encounter enc = encounter(e.site(), e.encounter().key());
                    if (!enc.inpatient && !enc.wards.isEmpty()) {
                        enc.discharge.cancelled = true;
                        enc.inpatient = true;
                    }
                }
                case CANCEL_ADMIT -> {
                    Encounter enc = encounter(e.site(), e.encounter().key());
                    if (enc.admission != null) {
                        enc.admission.cancelled = true;
                        enc.admission = null;
                    }
                    enc.wards.clear();
                    enc.inpatient = false;
                    enc.admittedAt = null;
                }
                case READINESS -> {
                    Encounter enc = encounter(e.site(), e.readiness().encounterKey());
                    enc.criteriaToReside = e.readiness().criteriaToReside();
                    enc.pathway = e.readiness().pathway();
                }
                case CAPACITY ->
                        capacity.computeIfAbsent(e.site(), s -> new HashMap<>())
                                .put(
                                        e.capacity().ward(),
                                        new int[] {
                                            e.capacity().openCore(), e.capacity().openEscalation()
                                        });
                case AMBULANCE_ARRIVED -> incident(e).arrived = e.eventTime();
                case AMBULANCE_HANDED_OVER -> incident(e).handedOver = e.eventTime();
                default -> {
                    // ED arrivals and ambulance clears change no figure.
                }
            }
        }

        private static String wardOf(FlowEvent e) {
            return e.encounter().ward() == null ? "" : e.encounter().ward();
        }

        private Encounter encounter(String site, String key) {
            return encounters
                    .computeIfAbsent(site, s -> new HashMap<>())
                    .computeIfAbsent(key, k -> new Encounter());
        }

        private Incident incident(FlowEvent e) {
            return incidents
                    .computeIfAbsent(e.site(), s -> new HashMap<>())
                    .computeIfAbsent(e.ambulance().incident(), i -> new Incident());
        }

        Map<String, Map<String, Object>> figures(Ics ics, long t) {
            ZoneId zone = ics.timezone();
            LocalDate today = Instant.ofEpochMilli(t).atZone(zone).toLocalDate();
            long startOfDay = today.atStartOfDay(zone).toInstant().toEpochMilli();
            long noon = today.atTime(LocalTime.NOON).atZone(zone).toInstant().toEpochMilli();
            Map<String, Map<String, Object>> out = new LinkedHashMap<>();
            long[] icsBeds = new long[4];
            long[] icsFlow = new long[13];
            List<long[]> icsHandovers = new ArrayList<>();
            long icsLongest = 0;
            int icsWaiting = 0;
            for (Site site : ics.sites()) {
                // Occupancy.
                Map<String, Encounter> encs = encounters.getOrDefault(site.code(), Map.of());
                Map<String, int[]> caps = capacity.getOrDefault(site.code(), Map.of());
                Map<String, Object> wards = new TreeMap<>();
                int open = 0;
                int escalation = 0;
                int occupied = 0;
                for (Ward ward : site.wards()) {
                    int[] cap = caps.get(ward.code());
                    int wardOpen = cap == null ? ward.coreBeds() : cap[0] + cap[1];
                    int wardEscalation = cap == null ? 0 : cap[1];
                    int wardOccupied = 0;
                    for (Encounter enc : encs.values()) {
                        wardOccupied += enc.inpatient && ward.code().equals(enc.ward()) ? 1 : 0;
                    }
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("openBeds", wardOpen);
                    w.put("occupiedBeds", wardOccupied);
                    w.put("occupancyPct", pct(wardOccupied, wardOpen));
                    wards.put(ward.code(), w);
                    if (ward.countsForOccupancy()) {
                        open += wardOpen;
                        escalation += wardEscalation;
                        occupied += wardOccupied;
                    }
                }
                int unknown = 0;
                for (Encounter enc : encs.values()) {
                    unknown += enc.inpatient && site.ward(enc.ward()).isEmpty() ? 1 : 0;
                }
                Map<String, Object> occupancy = new LinkedHashMap<>();
                occupancy.put("openBeds", open);
                occupancy.put("escalationBeds", escalation);
                occupancy.put("occupiedBeds", occupied);
                occupancy.put("occupancyPct", pct(occupied, open));
                occupancy.put("unknownLocation", unknown);
                occupancy.put("wards", wards);
                out.put(MetricsUpdate.SITE + "|" + site.code() + "|occupancy", occupancy);
                icsBeds[0] += open;
                icsBeds[1] += occupied;
                icsBeds[2] += unknown;
                icsBeds[3] += escalation;

                // Handover.
                List<long[]> handovers = new ArrayList<>();
                long longest = 0;
                int waiting = 0;
                for (Incident inc : incidents.getOrDefault(site.code(), Map.of()).values()) {
                    if (inc.arrived != null && inc.handedOver == null) {
                        waiting++;
                        longest = Math.max(longest, (t - inc.arrived) / MINUTE);
                    } else if (inc.arrived != null
                            && inc.handedOver >= startOfDay
                            && inc.handedOver <= t) {
                        handovers.add(new long[] {inc.handedOver - inc.arrived});
                    }
                }
                out.put(
                        MetricsUpdate.SITE + "|" + site.code() + "|handover",
                        handover(waiting, longest, handovers));
                icsWaiting += waiting;
                icsLongest = Math.max(icsLongest, longest);
                icsHandovers.addAll(handovers);

                // Flow.
                long[] flow = new long[13];
                for (Encounter enc : encs.values()) {
                    for (Counted a : enc.admissions) {
                        flow[0] += !a.cancelled && a.time >= startOfDay && a.time <= t ? 1 : 0;
                    }
                    for (Counted d : enc.discharges) {
                        boolean isToday = !d.cancelled && d.time >= startOfDay && d.time <= t;
                        flow[1] += isToday ? 1 : 0;
                        flow[2] += isToday && d.time < noon ? 1 : 0;
                    }
                    if (enc.inpatient) {
                        if (Boolean.FALSE.equals(enc.criteriaToReside)) {
                            flow[3]++;
                            Integer p = enc.pathway;
                            flow[4 + (p != null && p >= 0 && p <= 3 ? p : 4)]++;
                        }
                        if (enc.admittedAt != null) {
                            flow[9] += t - enc.admittedAt >= 7 * DAY ? 1 : 0;
                            flow[10] += t - enc.admittedAt >= 14 * DAY ? 1 : 0;
                            flow[11] += t - enc.admittedAt >= 21 * DAY ? 1 : 0;
                        }
                    }
                }
                out.put(MetricsUpdate.SITE + "|" + site.code() + "|flow", flow(flow));
                for (int i = 0; i < flow.length; i++) {
                    icsFlow[i] += flow[i];
                }
            }
            Map<String, Object> icsOccupancy = new LinkedHashMap<>();
            icsOccupancy.put("openBeds", (int) icsBeds[0]);
            icsOccupancy.put("escalationBeds", (int) icsBeds[3]);
            icsOccupancy.put("occupiedBeds", (int) icsBeds[1]);
            icsOccupancy.put("occupancyPct", pct((int) icsBeds[1], (int) icsBeds[0]));
            icsOccupancy.put("unknownLocation", (int) icsBeds[2]);
            out.put(MetricsUpdate.ICS + "|" + ics.code() + "|occupancy", icsOccupancy);
            out.put(
                    MetricsUpdate.ICS + "|" + ics.code() + "|handover",
                    handover(icsWaiting, icsLongest, icsHandovers));
            out.put(MetricsUpdate.ICS + "|" + ics.code() + "|flow", flow(icsFlow));
            return out;
        }

        private static Map<String, Object> handover(
                int waiting, long longest, List<long[]> handovers) {
            long total = 0;
            long lost = 0;
            int over30 = 0;
            int over60 = 0;
            for (long[] h : handovers) {
                total += h[0];
                lost += Math.max(0, h[0] - 15 * MINUTE);
                over30 += h[0] > 30 * MINUTE ? 1 : 0;
                over60 += h[0] > 60 * MINUTE ? 1 : 0;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("ambulancesWaiting", waiting);
            f.put("longestWaitMinutes", (int) longest);
            f.put("handoversToday", handovers.size());
            f.put(
                    "meanHandoverMinutesToday",
                    handovers.isEmpty()
                            ? null
                            : oneDecimal(total, MINUTE * (long) handovers.size()));
            f.put("handoversOver30Today", over30);
            f.put("handoversOver60Today", over60);
            f.put("hoursLostToday", oneDecimal(lost, 60 * MINUTE));
            return f;
        }

        private static Map<String, Object> flow(long[] f) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("admissionsToday", (int) f[0]);
            fields.put("dischargesToday", (int) f[1]);
            fields.put("dischargesBeforeNoonToday", (int) f[2]);
            fields.put("nctr", (int) f[3]);
            Map<String, Object> byPathway = new LinkedHashMap<>();
            byPathway.put("0", (int) f[4]);
            byPathway.put("1", (int) f[5]);
            byPathway.put("2", (int) f[6]);
            byPathway.put("3", (int) f[7]);
            byPathway.put("unknown", (int) f[8]);
            fields.put("nctrByPathway", byPathway);
            fields.put("los7plus", (int) f[9]);
            fields.put("los14plus", (int) f[10]);
            fields.put("los21plus", (int) f[11]);
            return fields;
        }

        private static Double pct(int occupied, int open) {
            return open == 0 ? null : oneDecimal(100L * occupied, open);
        }

        /** numerator / denominator to one decimal, half up, exactly. */
        private static double oneDecimal(long numerator, long denominator) {
            return BigDecimal.valueOf(numerator)
                    .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP)
                    .doubleValue();
        }
    }
}
