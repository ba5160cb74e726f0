package org.flowboard.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.flowboard.events.EventKind;
import org.flowboard.events.FlowEvent;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;

/**
 * A seeded, deterministic simulation of a living ICS: the canonical events its hospitals would
 * send, in event-time order. Pure: no threads, no clock; the same ICS, seed and start give the same
 * events.
 *
 * <p>It first yields a census (admissions, some with a transfer or a criteria-to-reside change,
 * that fill about 92% of each site's general-acute beds, dated over the previous weeks), then the
 * life of the system from {@code start} on: admissions, transfers, discharges, the odd
 * cancellation, escalation beds, criteria to reside, ED arrivals and ambulance handovers.
 *
 * <p>Internally a discrete-event simulation: actions wait in a queue ordered by time and each one,
 * when its time comes, emits events stamped with that time and schedules later actions.
 */
public final class Simulator implements Iterator<FlowEvent> {

    static final double CENSUS_FILL = 0.92;
    static final double CANCEL_SHARE = 0.01;
    static final double VIA_ASSESSMENT_SHARE = 0.75;
    static final double NCTR_SHARE_OF_LONG_STAYS = 0.55;
    static final Duration LONG_STAY = Duration.ofDays(5);
    static final Duration ONE_HOUR = Duration.ofHours(1);

    private final ZoneId zone;
    private final Instant start;
    private final Distributions random;
    private final Pseudonyms ids;
    private final List<SiteModel> inpatientSites = new ArrayList<>();
    private final PriorityQueue<Scheduled> queue =
            new PriorityQueue<>(
                    Comparator.comparingLong(Scheduled::at).thenComparingLong(Scheduled::order));
    private final ArrayDeque<FlowEvent> ready = new ArrayDeque<>();
    private long order;

    public Simulator(Ics ics, long seed, Instant start) {
        this.zone = ics.timezone();
        this.start = start;
        this.random = new Distributions(seed);
        this.ids = new Pseudonyms(seed, start);
        List<FlowEvent> census = new ArrayList<>();
        for (Site site : ics.sites()) {
            SiteModel model = null;
            if (SiteModel.hasInpatientFlow(site)) {
                model = new SiteModel(site);
                inpatientSites.add(model);
                fillCensus(model, census);
            }
            if (model != null || site.emergencyDepartment()) {
                schedule(start.toEpochMilli(), new HourTick(site, model));
            }
        }
        census.sort(Comparator.comparingLong(FlowEvent::eventTime));
        ready.addAll(census);
    }

    public Instant start() {
        return start;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !ready.isEmpty();
    }

    @Override
    public FlowEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the simulated ICS has nothing that happens");
        }
        return ready.poll();
    }

    /** Every event before {@code end} not yet taken, in event-time order. */
    public List<FlowEvent> until(Instant end) {
        List<FlowEvent> out = new ArrayList<>();
        while (hasNext() && ready.peek().eventTime() < end.toEpochMilli()) {
            out.add(ready.poll());
        }
        return out;
    }

    private void fill() {
        while (ready.isEmpty() && !queue.isEmpty()) {
            Scheduled next = queue.poll();
            next.action().run(next.at());
        }
    }

    // ---- the census at start ----

    private void fillCensus(SiteModel site, List<FlowEvent> census) {
        long now = start.toEpochMilli();
        int patients = (int) Math.round(CENSUS_FILL * site.coreBeds);
        for (int i = 0; i < patients; i++) {
            Duration stay = random.lengthOfStayOfCensusPatient(site.losScale);
            long elapsed = Math.max(60_000L, (long) (random.uniform() * stay.toMillis()));
            long admittedAt = now - elapsed;
            boolean moved =
                    !site.assessmentWards.isEmpty() && elapsed > Duration.ofHours(30).toMillis();
            String firstWard = site.wardForAdmission(!moved && random.chance(0.8));
            Encounter enc = new Encounter(ids.nextEncounterKey(), site, firstWard, admittedAt);
            census.add(
                    stamp(
                            FlowEvent.admit(
                                    ids.nextSourceId(),
                                    code(site),
                                    enc.key,
                                    firstWard,
                                    null,
                                    at(admittedAt))));
            site.enter(firstWard);
            if (moved && random.chance(VIA_ASSESSMENT_SHARE)) {
                String assessment =
                        site.assessmentWards
                                .get(random.between(0, site.assessmentWards.size()))
                                .code();
                long transferAt = admittedAt + random.minutesBetween(4 * 60, 30 * 60).toMillis();
                // Written as an admission to the assessment unit and a move to the ward it is on.
                census.set(
                        census.size() - 1,
                        stamp(
                                FlowEvent.admit(
                                        ids.nextSourceId(),
                                        code(site),
                                        enc.key,
                                        assessment,
                                        null,
                                        at(admittedAt))));
                census.add(
                        stamp(
                                FlowEvent.transfer(
                                        ids.nextSourceId(),
                                        code(site),
                                        enc.key,
                                        firstWard,
                                        null,
                                        at(transferAt))));
            }
            long dischargeAt =
                    dischargeSlot(
                            admittedAt + stay.toMillis(),
                            Math.max(now, admittedAt + 4 * ONE_HOUR.toMillis()));
            schedule(dischargeAt, new Discharge(enc, enc.dischargePlan));
            if (stay.compareTo(LONG_STAY) >= 0 && random.chance(NCTR_SHARE_OF_LONG_STAYS)) {
                long nctrAt =
                        admittedAt + (long) (stay.toMillis() * (0.45 + 0.4 * random.uniform()));
                if (nctrAt < now) {
                    census.add(
                            stamp(
                                    FlowEvent.readiness(
                                            ids.nextSourceId(),
                                            code(site),
                                            enc.key,
                                            false,
                                            random.pathway(),
                                            at(nctrAt))));
                } else if (nctrAt < dischargeAt) {
                    schedule(nctrAt, new NoLongerMeetsCriteria(enc));
                }
            }
        }
    }

    // ---- actions ----

    /** Draws the next hour's arrivals for one site and reviews its escalation beds. */
    private final class HourTick implements Action {
        private final Site site;
        private final SiteModel model;

        HourTick(Site site, SiteModel model) {
            this.site = site;
            this.model = model;
        }

        @Override
        public void run(long now) {
            long end =
                    ZonedDateTime.ofInstant(at(now), zone)
                            .truncatedTo(ChronoUnit.HOURS)
                            .plusHours(1)
                            .toInstant()
                            .toEpochMilli();
            double fraction = (end - now) / (double) ONE_HOUR.toMillis();
            int hour = ZonedDateTime.ofInstant(at(now), zone).getHour();
            if (model != null) {
                reviewEscalation(now);
                double mean =
                        model.admissionsPerDay
                                / 24
                                * Distributions.admissionWeight(hour)
                                * model.demandFeedback()
                                * fraction;
                for (int i = random.poisson(mean); i > 0; i--) {
                    schedule(within(now, end), new Admission(model));
                }
            }
            if (site.emergencyDepartment() && model != null) {
                double edMean =
                        model.edArrivalsPerDay / 24 * Distributions.edWeight(hour) * fraction;
                for (int i = random.poisson(edMean); i > 0; i--) {
                    schedule(within(now, end), new EdArrival(site.code()));
                }
                double ambulanceMean =
                        model.ambulancesPerDay / 24 * Distributions.edWeight(hour) * fraction;
                for (int i = random.poisson(ambulanceMean); i > 0; i--) {
                    schedule(within(now, end), new AmbulanceArrival(model));
                }
            }
            schedule(end, this);
        }

        private void reviewEscalation(long now) {
            if (model.shouldOpenEscalation()) {
                model.setEscalation(model.escalationBeds);
                emit(
                        FlowEvent.capacity(
                                ids.nextSourceId(),
                                code(model),
                                model.escalationWard.code(),
                                model.escalationWard.coreBeds(),
                                model.escalationBeds,
                                at(now)));
            } else if (model.shouldCloseEscalation()) {
                model.setEscalation(0);
                emit(
                        FlowEvent.capacity(
                                ids.nextSourceId(),
                                code(model),
                                model.escalationWard.code(),
                                model.escalationWard.coreBeds(),
                                0,
                                at(now)));
            }
        }
    }

    /** A patient the site decided to admit; waits in the ED while there is no bed. */
    private final class Admission implements Action {
        private final SiteModel site;
        private boolean waiting;

        Admission(SiteModel site) {
            this.site = site;
        }

        @Override
        public void run(long now) {
            if (site.admissionMustWait()) {
                if (!waiting) {
                    waiting = true;
                    site.waitingForBed++;
                }
                schedule(now + random.minutesBetween(20, 60).toMillis(), this);
                return;
            }
            if (waiting) {
                site.waitingForBed--;
            }
            boolean viaAssessment =
                    !site.assessmentWards.isEmpty() && random.chance(VIA_ASSESSMENT_SHARE);
            String ward = site.wardForAdmission(viaAssessment);
            Encounter enc = new Encounter(ids.nextEncounterKey(), site, ward, now);
            site.enter(ward);
            emit(FlowEvent.admit(ids.nextSourceId(), code(site), enc.key, ward, null, at(now)));
            Duration stay = random.lengthOfStay(site.losScale);
            long dischargeAt = dischargeSlot(now + stay.toMillis(), now + 4 * ONE_HOUR.toMillis());
            schedule(dischargeAt, new Discharge(enc, enc.dischargePlan));
            if (site.isAssessmentWard(ward)) {
                long moveAt = now + random.minutesBetween(4 * 60, 30 * 60).toMillis();
                if (moveAt < dischargeAt - 2 * ONE_HOUR.toMillis()) {
                    schedule(moveAt, new Transfer(enc));
                }
            }
            if (stay.compareTo(LONG_STAY) >= 0 && random.chance(NCTR_SHARE_OF_LONG_STAYS)) {
                schedule(
                        now + (long) (stay.toMillis() * (0.45 + 0.4 * random.uniform())),
                        new NoLongerMeetsCriteria(enc));
            }
            if (random.chance(CANCEL_SHARE)) {
                long cancelAt = now + random.minutesBetween(10, 60).toMillis();
                enc.quietUntil = cancelAt + 1;
                schedule(cancelAt, new CancelAdmission(enc));
            }
        }
    }

    /** From an assessment unit to a specialty ward, once one has a bed. */
    private final class Transfer implements Action {
        private final Encounter enc;

        Transfer(Encounter enc) {
            this.enc = enc;
        }

        @Override
        public void run(long now) {
            if (!enc.inpatient || !enc.site.isAssessmentWard(enc.ward)) {
                return;
            }
            if (now < enc.quietUntil) {
                schedule(enc.quietUntil + random.minutesBetween(1, 30).toMillis(), this);
                return;
            }
            String target = enc.site.wardForTransfer();
            if (target == null) {
                schedule(now + random.minutesBetween(60, 180).toMillis(), this);
                return;
            }
            enc.site.leave(enc.ward);
            enc.site.enter(target);
            enc.previousWard = enc.ward;
            enc.ward = target;
            emit(
                    FlowEvent.transfer(
                            ids.nextSourceId(), code(enc.site), enc.key, target, null, at(now)));
            if (random.chance(CANCEL_SHARE)) {
                long cancelAt = now + random.minutesBetween(5, 45).toMillis();
                enc.quietUntil = cancelAt + 1;
                schedule(cancelAt, new CancelTransfer(enc));
            }
        }
    }

    private final class Discharge implements Action {
        private final Encounter enc;
        private final int plan;

        Discharge(Encounter enc, int plan) {
            this.enc = enc;
            this.plan = plan;
        }

        @Override
        public void run(long now) {
            if (!enc.inpatient || plan != enc.dischargePlan) {
                return;
            }
            if (now < enc.quietUntil) {
                schedule(enc.quietUntil + random.minutesBetween(1, 30).toMillis(), this);
                return;
            }
            if (enc.site.dischargeMaySlip()) {
                schedule(slip(now), this);
                return;
            }
            enc.site.leave(enc.ward);
            enc.inpatient = false;
            emit(FlowEvent.discharge(ids.nextSourceId(), code(enc.site), enc.key, at(now)));
            if (random.chance(CANCEL_SHARE)) {
                long cancelAt = now + random.minutesBetween(10, 120).toMillis();
                enc.quietUntil = cancelAt + 1;
                schedule(cancelAt, new CancelDischarge(enc));
            }
        }
    }

    /** A01 entered in error (A11): the encounter is as if never admitted. */
    private final class CancelAdmission implements Action {
        private final Encounter enc;

        CancelAdmission(Encounter enc) {
            this.enc = enc;
        }

        @Override
        public void run(long now) {
            enc.site.leave(enc.ward);
            enc.inpatient = false;
            enc.dischargePlan++;
            emit(FlowEvent.cancelAdmit(ids.nextSourceId(), code(enc.site), enc.key, at(now)));
        }
    }

    /** A02 entered in error (A12): back where it was. */
    private final class CancelTransfer implements Action {
        private final Encounter enc;

        CancelTransfer(Encounter enc) {
            this.enc = enc;
        }

        @Override
        public void run(long now) {
            enc.site.leave(enc.ward);
            enc.site.enter(enc.previousWard);
            enc.ward = enc.previousWard;
            emit(FlowEvent.cancelTransfer(ids.nextSourceId(), code(enc.site), enc.key, at(now)));
            schedule(now + random.minutesBetween(60, 240).toMillis(), new Transfer(enc));
        }
    }

    /** A03 entered in error (A13): an inpatient again, in the same ward, going home later. */
    private final class CancelDischarge implements Action {
        private final Encounter enc;

        CancelDischarge(Encounter enc) {
            this.enc = enc;
        }

        @Override
        public void run(long now) {
            enc.site.enter(enc.ward);
            enc.inpatient = true;
            enc.dischargePlan++;
            emit(FlowEvent.cancelDischarge(ids.nextSourceId(), code(enc.site), enc.key, at(now)));
            long later =
                    dischargeSlot(
                            now + random.minutesBetween(12 * 60, 72 * 60).toMillis(),
                            now + 4 * ONE_HOUR.toMillis());
            schedule(later, new Discharge(enc, enc.dischargePlan));
        }
    }

    /** Medically fit, waiting for a discharge pathway: no criteria to reside. */
    private final class NoLongerMeetsCriteria implements Action {
        private final Encounter enc;

        NoLongerMeetsCriteria(Encounter enc) {
            this.enc = enc;
        }

        @Override
        public void run(long now) {
            if (enc.inpatient) {
                emit(
                        FlowEvent.readiness(
                                ids.nextSourceId(),
                                code(enc.site),
                                enc.key,
                                false,
                                random.pathway(),
                                at(now)));
            }
        }
    }

    private final class EdArrival implements Action {
        private final String site;

        EdArrival(String site) {
            this.site = site;
        }

        @Override
        public void run(long now) {
            emit(FlowEvent.edArrival(ids.nextSourceId(), site, ids.nextEncounterKey(), at(now)));
        }
    }

    /** An ambulance reaches the ED; the crew hands over, then the vehicle clears. */
    private final class AmbulanceArrival implements Action {
        private final SiteModel site;

        AmbulanceArrival(SiteModel site) {
            this.site = site;
        }

        @Override
        public void run(long now) {
            String incident = ids.nextIncident();
            String callSign = "NV-" + random.between(101, 400);
            emit(
                    FlowEvent.ambulance(
                            EventKind.AMBULANCE_ARRIVED,
                            ids.nextSourceId(),
                            code(site),
                            incident,
                            callSign,
                            at(now)));
            long handedOver = now + random.handoverDelay(site.occupancy()).toMillis();
            long clear = handedOver + random.minutesBetween(8, 35).toMillis();
            schedule(
                    handedOver,
                    new AmbulanceStep(
                            EventKind.AMBULANCE_HANDED_OVER, code(site), incident, callSign));
            schedule(
                    clear,
                    new AmbulanceStep(EventKind.AMBULANCE_CLEAR, code(site), incident, callSign));
        }
    }

    private final class AmbulanceStep implements Action {
        private final EventKind kind;
        private final String site;
        private final String incident;
        private final String callSign;

        AmbulanceStep(EventKind kind, String site, String incident, String callSign) {
            this.kind = kind;
            this.site = site;
            this.incident = incident;
            this.callSign = callSign;
        }

        @Override
        public void run(long now) {
            emit(FlowEvent.ambulance(kind, ids.nextSourceId(), site, incident, callSign, at(now)));
        }
    }

    // ---- helpers ----

    /**
     * The time a discharge due around {@code due} happens: on that local day at a discharge hour,
     * or on a later day when that is before {@code notBefore}.
     */
    private long dischargeSlot(long due, long notBefore) {
        LocalDate day = at(due).atZone(zone).toLocalDate();
        while (true) {
            long slot =
                    day.atStartOfDay(zone)
                            .plusMinutes(random.dischargeMinuteOfDay())
                            .toInstant()
                            .toEpochMilli();
            if (slot >= notBefore) {
                return slot;
            }
            day = day.plusDays(1);
        }
    }

    /** A discharge that slips: later today while it is still a discharge hour, else tomorrow. */
    private long slip(long now) {
        long later = now + random.minutesBetween(60, 180).toMillis();
        int hour = at(later).atZone(zone).getHour();
        return hour >= 9 && hour < 20 ? later : dischargeSlot(later, later);
    }

    private long within(long from, long to) {
        return from + (long) (random.uniform() * (to - from));
    }

    private void schedule(long at, Action action) {
        queue.add(new Scheduled(at, order++, action));
    }

    private void emit(FlowEvent event) {
        ready.add(stamp(event));
    }

    /** Received when it happened: keeps the events a pure function of the seed. */
    private static FlowEvent stamp(FlowEvent event) {
        return event.receivedAt(event.eventTime());
    }

    private static String code(SiteModel site) {
        return site.site.code();
    }

    private static Instant at(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis);
    }

    /** Something that happens at a time and may schedule what follows. */
    private interface Action {
        void run(long now);
    }

    private record Scheduled(long at, long order, Action action) {}
}
