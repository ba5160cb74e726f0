package org.flowboard.jobs.reference;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.flowboard.events.EncounterDetail;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.ics.Ward;
import org.flowboard.ics.WardCategory;

/**
 * Seeded random event histories of a few sites up to an instant T: admissions (inpatient and ED
 * class), transfers, discharges and their cancellations, criteria to reside, capacity and ambulance
 * incidents, received out of order, some late, some sent twice. Each history has its own sites, so
 * many run in one job and each site's figures depend only on its own history.
 */
public final class RandomHistories {

    public static final String ICS_CODE = "QZZ";
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    /** Beyond this watermark bound an event is late; the jobs must still count it. */
    public static final Duration OUT_OF_ORDERNESS = Duration.ofHours(1);

    private static final long MAX_DELAY = 12 * HOUR;

    private RandomHistories() {}

    /** An event and where it falls in the order received. */
    record Received(FlowEvent event, long receivedKey, long seq) {}

    /** One history: its seed, its sites and its events in the order received. */
    public record History(long seed, List<Site> sites, List<FlowEvent> received) {}

    /** Many histories to one instant, with the ICS file of all their sites. */
    public record Batch(long t, Ics ics, List<History> histories, List<FlowEvent> received) {}

    public static Batch batch(long batchSeed, int histories, long t) {
        List<History> all = new ArrayList<>();
        List<Received> merged = new ArrayList<>();
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < histories; i++) {
            long seed = batchSeed * 100_000 + i;
            List<Received> events = new ArrayList<>();
            History history = history(seed, "H" + seed, t, events);
            all.add(history);
            sites.addAll(history.sites());
            merged.addAll(events);
        }
        merged.sort(
                Comparator.comparingLong(Received::receivedKey).thenComparingLong(Received::seq));
        Ics ics = new Ics(ICS_CODE, "Test ICS", LONDON, sites);
        return new Batch(t, ics, all, merged.stream().map(Received::event).toList());
    }

    /** One history alone, to reproduce a mismatch. */
    public static Batch single(long seed, long t) {
        List<Received> events = new ArrayList<>();
        History history = history(seed, "H" + seed, t, events);
        events.sort(
                Comparator.comparingLong(Received::receivedKey).thenComparingLong(Received::seq));
        return new Batch(
                t,
                new Ics(ICS_CODE, "Test ICS", LONDON, history.sites()),
                List.of(history),
                events.stream().map(Received::event).toList());
    }

    private static History history(long seed, String prefix, long t, List<Received> out) {
        Generator g = new Generator(new Random(seed), prefix, t, out);
        List<Site> sites = new ArrayList<>();
        int siteCount = 1 + g.random.nextInt(2);
        for (int s = 0; s < siteCount; s++) {
            Site site = site(prefix + "S" + s, g.random);
            sites.add(site);
            g.site(site);
        }
        List<FlowEvent> received =
                out.stream()
                        .sorted(
                                Comparator.comparingLong(Received::receivedKey)
                                        .thenComparingLong(Received::seq))
                        .map(Received::event)
                        .toList();
        return new History(seed, sites, received);
    }

    private static Site site(String code, Random random) {
        return new Site(
                code,
                code,
                SiteKind.ACUTE,
                true,
                List.of(
                        new Ward(
                                code + "-W1", "W1", WardCategory.GENERAL_ACUTE, random.nextInt(12)),
                        new Ward(
                                code + "-W2", "W2", WardCategory.GENERAL_ACUTE, random.nextInt(12)),
                        new Ward(code + "-CC", "CC", WardCategory.CRITICAL_CARE, 4)));
    }

    private static final class Generator {
        final Random random;
        final String prefix;
        final long t;
        final List<Received> out;
        final long startOfDay;
        final long noon;
        long seq;
        int ids;

        Generator(Random random, String prefix, long t, List<Received> out) {
            this.random = random;
            this.prefix = prefix;
            this.t = t;
            this.out = out;
            LocalDate today = Instant.ofEpochMilli(t).atZone(LONDON).toLocalDate();
            this.startOfDay = today.atStartOfDay(LONDON).toInstant().toEpochMilli();
            this.noon = today.atTime(LocalTime.NOON).atZone(LONDON).toInstant().toEpochMilli();
        }

        void site(Site site) {
            int encounters = random.nextInt(7);
            for (int e = 0; e < encounters; e++) {
                encounter(site, prefix + "E" + e);
            }
            int capacity = random.nextInt(4);
            for (int c = 0; c < capacity; c++) {
                capacity(site);
            }
            int incidents = random.nextInt(5);
            for (int i = 0; i < incidents; i++) {
                incident(site, prefix + site.code() + "I" + i);
            }
        }

        /** A time at or before T, often near today's midnight or noon, or T minus whole days. */
        long time() {
            long time =
                    switch (random.nextInt(8)) {
                        case 0, 1 -> t - seconds(36 * HOUR);
                        case 2 -> startOfDay - 2 * HOUR + seconds(4 * HOUR);
                        case 3 -> noon - HOUR + seconds(2 * HOUR);
                        case 4 -> t - seconds(25 * DAY);
                        case 5 ->
                                t
                                        - (7L * (1 + random.nextInt(3))) * DAY
                                        + seconds(2 * SECOND)
                                        - SECOND;
                        case 6 ->
                                random.nextBoolean()
                                        ? startOfDay
                                        : noon - SECOND * random.nextInt(2);
                        default -> t - seconds(4 * HOUR);
                    };
            return Math.min(time, t);
        }

        long seconds(long upTo) {
            return SECOND * (long) random.nextInt((int) (upTo / SECOND) + 1);
        }

        String ward(Site site) {
            return switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> site.code() + "-W1";
                case 4, 5, 6 -> site.code() + "-W2";
                case 7 -> site.code() + "-CC";
                case 8 -> "XX-UNKNOWN";
                default -> random.nextBoolean() ? site.code() + "-W1" : null;
            };
        }

        void encounter(Site site, String key) {
            Set<String> used = new HashSet<>();
            long time = time();
            EventKind first =
                    switch (random.nextInt(20)) {
                        case 0, 1 -> EventKind.TRANSFER;
                        case 2 -> EventKind.ED_ARRIVAL;
                        case 3 -> EventKind.READINESS;
                        default -> EventKind.ADMIT;
                    };
            String edClass = random.nextInt(8) == 0 ? "E" : "I";
            adt(site, key, first, time, edClass, used);
            int steps = random.nextInt(7);
            for (int s = 0; s < steps; s++) {
                time +=
                        switch (random.nextInt(10)) {
                            case 0 -> 0; // a tie: the order received decides
                            case 1, 2, 3, 4 -> seconds(6 * HOUR);
                            case 5 -> 7 * DAY;
                            default -> seconds(3 * DAY);
                        };
                if (time > t) {
                    return;
                }
                EventKind kind =
                        switch (random.nextInt(20)) {
                            case 0, 1, 2, 3, 4 -> EventKind.TRANSFER;
                            case 5, 6 -> EventKind.CANCEL_TRANSFER;
                            case 7, 8, 9, 10 -> EventKind.DISCHARGE;
                            case 11, 12 -> EventKind.CANCEL_DISCHARGE;
                            case 13 -> EventKind.CANCEL_ADMIT;
                            case 14 -> EventKind.ADMIT;
                            default -> EventKind.READINESS;
                        };
                adt(site, key, kind, time, "I", used);
            }
        }

        void adt(Site site, String key, EventKind kind, long time, String cls, Set<String> used) {
            // Two different messages of one kind at one time would be one feed event (DESIGN.md
            // section 6); keep them apart so both models see two.
            while (!used.add(kind + "@" + time)) {
                time += SECOND;
            }
            if (time > t) {
                return;
            }
            Instant at = Instant.ofEpochMilli(time);
            String id = prefix + "-M" + (ids++);
            FlowEvent event =
                    switch (kind) {
                        case ADMIT ->
                                FlowEvent.adt(
                                        kind,
                                        id,
                                        site.code(),
                                        new EncounterDetail(
                                                key,
                                                "E".equals(cls) ? "ED" : ward(site),
                                                null,
                                                cls),
                                        at);
                        case TRANSFER ->
                                FlowEvent.adt(
                                        kind,
                                        id,
                                        site.code(),
                                        new EncounterDetail(key, ward(site), null, "I"),
                                        at);
                        case DISCHARGE -> FlowEvent.discharge(id, site.code(), key, at);
                        case CANCEL_ADMIT -> FlowEvent.cancelAdmit(id, site.code(), key, at);
                        case CANCEL_TRANSFER -> FlowEvent.cancelTransfer(id, site.code(), key, at);
                        case CANCEL_DISCHARGE ->
                                FlowEvent.cancelDischarge(id, site.code(), key, at);
                        case ED_ARRIVAL -> FlowEvent.edArrival(id, site.code(), key, at);
                        case READINESS ->
                                FlowEvent.readiness(
                                        feedId(kind, site, key, time),
                                        site.code(),
                                        key,
                                        random.nextInt(3) != 0,
                                        random.nextInt(6) < 4 ? random.nextInt(4) : null,
                                        at);
                        default -> throw new IllegalArgumentException(kind.toString());
                    };
            receive(event);
        }

        void capacity(Site site) {
            String ward = random.nextInt(6) == 0 ? "XX-UNKNOWN" : ward(site);
            if (ward == null) {
                ward = site.code() + "-W2";
            }
            long time = time();
            receive(capacityEvent(site, ward, time));
            if (random.nextInt(6) == 0) {
                // The same feed event with other figures: a duplicate, applied once.
                receive(capacityEvent(site, ward, time));
            }
        }

        private FlowEvent capacityEvent(Site site, String ward, long time) {
            return FlowEvent.capacity(
                    feedId(EventKind.CAPACITY, site, ward, time),
                    site.code(),
                    ward,
                    random.nextInt(15),
                    random.nextInt(4),
                    Instant.ofEpochMilli(time));
        }

        void incident(Site site, String incident) {
            long arrived = t - seconds(40 * HOUR);
            long took = seconds(150 * MINUTE);
            // Some crews are still waiting at T, for up to 20 hours; after 24 the job takes the
            // handover event as lost (a rule of its own, beyond DESIGN.md section 6).
            boolean handedOver =
                    (arrived + took <= t && random.nextInt(8) != 0) || t - arrived > 20 * HOUR;
            long handover = Math.min(t, arrived + took);
            String callSign = "NV-" + random.nextInt(1000);
            ambulance(site, EventKind.AMBULANCE_ARRIVED, incident, callSign, arrived);
            if (random.nextInt(20) == 0) {
                // A corrected arrival time: the later event (in event time) stands.
                long corrected =
                        Math.min(handedOver ? handover : t, arrived + seconds(10 * MINUTE));
                ambulance(site, EventKind.AMBULANCE_ARRIVED, incident, callSign, corrected);
            }
            if (handedOver) {
                ambulance(site, EventKind.AMBULANCE_HANDED_OVER, incident, callSign, handover);
                long clear = handover + seconds(30 * MINUTE);
                if (clear <= t && random.nextBoolean()) {
                    ambulance(site, EventKind.AMBULANCE_CLEAR, incident, callSign, clear);
                }
            }
        }

        private void ambulance(
                Site site, EventKind kind, String incident, String callSign, long time) {
            receive(
                    FlowEvent.ambulance(
                            kind,
                            feedId(kind, site, incident, time),
                            site.code(),
                            incident,
                            callSign,
                            Instant.ofEpochMilli(time)));
        }

        private static String feedId(EventKind kind, Site site, String key, long time) {
            return kind.wireName() + "|" + site.code() + "|" + key + "|" + time;
        }

        /** Mostly in order, some minutes behind, a few hours late; some sent twice. */
        private void receive(FlowEvent event) {
            long delay =
                    switch (random.nextInt(10)) {
                        case 0, 1 -> seconds(30 * MINUTE);
                        case 2 -> seconds(MAX_DELAY);
                        default -> 0;
                    };
            out.add(new Received(event, event.eventTime() + delay, seq++));
            if (random.nextInt(10) == 0) {
                long again = delay + seconds(MAX_DELAY / 2);
                out.add(new Received(event, event.eventTime() + again, seq++));
            }
        }
    }
}
