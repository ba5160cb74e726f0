package org.flowboard.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.ics.Ward;

/**
 * The simulated state of one site's general-acute beds: who is in which ward, which escalation beds
 * are open, and the demand rates that keep the site busy but not overflowing.
 */
final class SiteModel {

    /** The occupancy the admission rate steers towards (of open beds). */
    static final double TARGET = 0.925;

    /** Above this a new admission waits in the ED for a bed. */
    static final double ADMIT_GATE = 0.96;

    /** Below this a due discharge slips a few hours (nobody pushes when beds are free). */
    static final double DISCHARGE_GATE = 0.89;

    static final double OPEN_ESCALATION_AT = 0.95;
    static final double CLOSE_ESCALATION_BELOW = 0.92;

    final Site site;
    final List<Ward> assessmentWards = new ArrayList<>();
    final List<Ward> specialtyWards = new ArrayList<>();
    final Ward escalationWard;
    final int escalationBeds;
    final int coreBeds;

    /** Median length of stay relative to an acute ward's. */
    final double losScale;

    final double admissionsPerDay;
    final double edArrivalsPerDay;
    final double ambulancesPerDay;

    private final Map<String, Integer> occupiedByWard = new LinkedHashMap<>();
    private final Map<String, Integer> escalationByWard = new LinkedHashMap<>();
    private int occupied;
    int waitingForBed;

    SiteModel(Site site) {
        this.site = site;
        int beds = 0;
        Ward largestSpecialty = null;
        for (Ward ward : site.wards()) {
            if (!ward.countsForOccupancy()) {
                continue;
            }
            beds += ward.coreBeds();
            occupiedByWard.put(ward.code(), 0);
            escalationByWard.put(ward.code(), 0);
            if (site.kind() == SiteKind.ACUTE && isAssessment(ward)) {
                assessmentWards.add(ward);
            } else {
                specialtyWards.add(ward);
                if (largestSpecialty == null || ward.coreBeds() > largestSpecialty.coreBeds()) {
                    largestSpecialty = ward;
                }
            }
        }
        this.coreBeds = beds;
        this.escalationWard = largestSpecialty;
        this.escalationBeds = Math.max(2, (int) Math.round(beds * 0.04));
        this.losScale = site.kind() == SiteKind.ACUTE ? 1.0 : 3.0;
        // Little's law: arrivals per day = beds in use / mean stay. The feedback in the hour tick
        // corrects what the discharge-time rounding adds to the stay.
        double meanStayDays = Distributions.meanLengthOfStayDays(losScale) + 0.3;
        this.admissionsPerDay = TARGET * beds / meanStayDays;
        this.edArrivalsPerDay = site.emergencyDepartment() ? 1.0 * beds : 0;
        this.ambulancesPerDay = edArrivalsPerDay * 0.3;
    }

    static boolean hasInpatientFlow(Site site) {
        return site.wards().stream().anyMatch(Ward::countsForOccupancy);
    }

    private static boolean isAssessment(Ward ward) {
        return ward.code().toUpperCase(Locale.ROOT).contains("AMU")
                || ward.name().toLowerCase(Locale.ROOT).contains("assessment");
    }

    int occupied() {
        return occupied;
    }

    int openBeds() {
        return coreBeds + escalationOpen();
    }

    int escalationOpen() {
        return escalationWard == null ? 0 : escalationByWard.get(escalationWard.code());
    }

    double occupancy() {
        return openBeds() == 0 ? 0 : (double) occupied / openBeds();
    }

    boolean admissionMustWait() {
        return occupied + 1 > ADMIT_GATE * openBeds();
    }

    boolean dischargeMaySlip() {
        return occupied - 1 < DISCHARGE_GATE * openBeds();
    }

    /** Multiplies the admission rate: more when beds are free, fewer when the site is full. */
    double demandFeedback() {
        double pressure = openBeds() == 0 ? 1 : (double) (occupied + waitingForBed) / openBeds();
        return Math.max(0.3, Math.min(2.0, 1 + 8 * (TARGET - pressure)));
    }

    boolean shouldOpenEscalation() {
        return escalationWard != null && escalationOpen() == 0 && occupancy() >= OPEN_ESCALATION_AT;
    }

    /** Close only once the site has room without them and the escalation beds are empty. */
    boolean shouldCloseEscalation() {
        return escalationOpen() > 0
                && occupied < CLOSE_ESCALATION_BELOW * coreBeds
                && occupiedByWard.get(escalationWard.code()) <= escalationWard.coreBeds();
    }

    void setEscalation(int beds) {
        escalationByWard.put(escalationWard.code(), beds);
    }

    /** Where a new admission goes: mostly an assessment unit, else the roomiest ward. */
    String wardForAdmission(boolean viaAssessment) {
        if (viaAssessment) {
            Ward ward = roomiest(assessmentWards);
            if (ward != null && free(ward) > 0) {
                return ward.code();
            }
        }
        Ward ward = roomiest(specialtyWards);
        return ward != null ? ward.code() : roomiest(assessmentWards).code();
    }

    /** A specialty ward with a free bed, or null when there is none yet. */
    String wardForTransfer() {
        Ward ward = roomiest(specialtyWards);
        return ward != null && free(ward) > 0 ? ward.code() : null;
    }

    boolean isAssessmentWard(String code) {
        return assessmentWards.stream().anyMatch(w -> w.code().equals(code));
    }

    void enter(String ward) {
        occupiedByWard.merge(ward, 1, Integer::sum);
        occupied++;
    }

    void leave(String ward) {
        occupiedByWard.merge(ward, -1, Integer::sum);
        occupied--;
    }

    private int free(Ward ward) {
        return ward.coreBeds()
                + escalationByWard.get(ward.code())
                - occupiedByWard.get(ward.code());
    }

    private Ward roomiest(List<Ward> wards) {
        Ward best = null;
        for (Ward ward : wards) {
            if (best == null || free(ward) > free(best)) {
                best = ward;
            }
        }
        return best;
    }
}
