package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.flowboard.dashboard.handover.CrewWait;
import org.flowboard.dashboard.handover.HandoverText;
import org.flowboard.dashboard.handover.SiteHandover;
import org.flowboard.dashboard.handover.WaitLevel;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.flowboard.dashboard.wallboard.Escalation;
import org.flowboard.dashboard.wallboard.FlowFigures;
import org.flowboard.dashboard.wallboard.OccupancyLevel;
import org.flowboard.dashboard.wallboard.StaleFeeds.StaleFeed;
import org.jspecify.annotations.Nullable;

/**
 * One wallboard card: a site, or the whole ICS. Beds, ambulances (for an ED), discharges, the OPEL
 * level with what drives it, and a badge for every feed that has gone quiet. Each figure keeps the
 * newest value it was given; waits tick on at each {@link #tick}.
 */
final class SiteCard extends Div {

    /** Release to Rescue flags shown per card; more are counted, not listed. */
    static final int MAX_FLAGS = 4;

    private final String id;
    private final ZoneId zone;
    private final boolean ed;
    private final boolean listCrews;

    private final Div badges = new Div();
    private final Section beds;
    private final Words occupancy = new Words(TileText.NONE);
    private final Words level = new Words(OccupancyLevel.NO_DATA.label());
    private final Words bedCounts = new Words("waiting for figures");
    private final Section ambulances;
    private final Words waiting = new Words(TileText.NONE);
    private final Words waitLevel = new Words();
    private final Words longest = new Words();
    private final Words lost = new Words();
    private final Div flags = new Div();
    private final Section discharges;
    private final Words nctr = new Words();
    private final Words dischargesAdmissions = new Words();
    private final Words opel = new Words(Escalation.NONE.headline());
    private final Words opelWhy = new Words();
    private final Words asOf = new Words();

    private OccupancyLevel shownLevel = OccupancyLevel.NO_DATA;
    private WaitLevel shownWait = WaitLevel.NONE;
    private long bedsAsOf = Long.MIN_VALUE;
    private long handoverAsOf = Long.MIN_VALUE;
    private long flowAsOf = Long.MIN_VALUE;
    private long feedsAsOf = Long.MIN_VALUE;
    private long escalationAsOf = Long.MIN_VALUE;
    private String shownOpelClass = Escalation.NONE.cssClass();
    private long latestAsOf = Long.MIN_VALUE;
    private @Nullable SiteHandover handover;

    /**
     * @param ed whether the site has an emergency department (ambulance figures)
     * @param listCrews list the flagged crews (sites; the ICS card only sums)
     */
    SiteCard(String id, String title, String code, ZoneId zone, boolean ed, boolean listCrews) {
        this.id = id;
        this.zone = zone;
        this.ed = ed;
        this.listCrews = listCrews;
        setId("card-" + id);
        addClassNames("card", shownLevel.cssClass());
        // Never changes: one node for the whole head.
        Html head =
                new Html(
                        "<div class=\"card-head\"><span class=\"card-title\">"
                                + escape(title)
                                + "</span><span class=\"card-code\">"
                                + escape(code)
                                + "</span></div>");
        badges.addClassName("badges");
        badges.setId("stale-" + id);

        beds = new Section("beds-" + id, "Beds", zone);
        occupancy.setId("occupancy-" + id);
        occupancy.addClassName("big");
        level.addClassName("level");
        bedCounts.setId("bed-counts-" + id);
        bedCounts.addClassName("detail");
        beds.body().add(occupancy, level, bedCounts);

        ambulances = new Section("ambulances-" + id, "Ambulances", zone);
        waiting.setId("waiting-" + id);
        waiting.addClassName("big-count");
        waitLevel.addClassName("level");
        longest.setId("longest-" + id);
        longest.addClassName("detail");
        lost.addClassName("detail");
        flags.addClassName("flags");
        flags.setId("flags-" + id);
        ambulances.body().add(waiting, waitLevel, longest, lost);
        ambulances.add(flags);
        ambulances.setVisible(ed);

        discharges = new Section("discharges-" + id, "Discharges", zone);
        nctr.setId("nctr-" + id);
        nctr.addClassName("detail");
        dischargesAdmissions.setId("discharges-admissions-" + id);
        dischargesAdmissions.addClassName("detail");
        discharges.body().add(nctr, dischargesAdmissions);
        discharges.addClassName("section-small");

        opel.addClassNames("opel", shownOpelClass);
        opel.setId("opel-" + id);
        opelWhy.addClassName("opel-why");
        opelWhy.setId("opel-why-" + id);
        asOf.addClassName("card-asof");
        asOf.setId("asof-" + id);
        Div foot = new Div(new Div(opel, opelWhy), asOf);
        foot.addClassName("card-foot");
        add(head, badges, beds, ambulances, discharges, foot);
        showFlow(FlowFigures.NONE, Long.MIN_VALUE, Instant.EPOCH, false);
        renderHandover(Instant.EPOCH, Instant.EPOCH, false);
    }

    void showBeds(BedFigures figures, long asOfMillis, Instant now, boolean live) {
        if (asOfMillis < bedsAsOf) {
            return;
        }
        bedsAsOf = asOfMillis;
        OccupancyLevel next = figures.level();
        removeClassName(shownLevel.cssClass());
        addClassName(next.cssClass());
        shownLevel = next;
        occupancy.setText(TileText.percent(figures.occupancyPct()));
        level.setText(next.label());
        bedCounts.setText(TileText.beds(figures) + " · " + TileText.free(figures));
        beds.shown(occupancy.getText() + bedCounts.getText(), instant(asOfMillis), now, live);
        stamp(asOfMillis, now);
    }

    /** What the OPEL slot says before any result: no table, no figures yet, or not scored. */
    void expectEscalation(String text) {
        opel.setText(text);
    }

    void showEscalation(Escalation escalation, long asOfMillis, Instant now) {
        if (asOfMillis < escalationAsOf) {
            return;
        }
        escalationAsOf = asOfMillis;
        opel.removeClassName(shownOpelClass);
        shownOpelClass = escalation.cssClass();
        opel.addClassName(shownOpelClass);
        opel.setText(escalation.headline());
        String why =
                escalation.level() == null
                        ? ""
                        : escalation.drivers().isEmpty()
                                ? "no parameter scores 3 or 4"
                                : "driven by " + String.join(" · ", escalation.drivers());
        opelWhy.setText(why.isEmpty() ? escalation.table() : why + " — " + escalation.table());
        // The table's source and what it leaves out, for whoever walks up to the screen.
        opel.getElement()
                .setAttribute(
                        "title",
                        "Scored by "
                                + escalation.table()
                                + ". Source: "
                                + escalation.source()
                                + (escalation.unavailable().isEmpty()
                                        ? ""
                                        : ". Not scored (no feed yet): "
                                                + String.join(", ", escalation.unavailable())));
        stamp(asOfMillis, now);
    }

    void showHandover(SiteHandover figures, long asOfMillis, Instant now, boolean live) {
        if (asOfMillis < handoverAsOf) {
            return;
        }
        handoverAsOf = asOfMillis;
        handover = figures;
        renderHandover(instant(asOfMillis), now, live);
        stamp(asOfMillis, now);
    }

    void showFlow(FlowFigures figures, long asOfMillis, Instant now, boolean live) {
        if (asOfMillis < flowAsOf) {
            return;
        }
        flowAsOf = asOfMillis;
        nctr.setText("No criteria to reside " + count(figures.nctr()));
        dischargesAdmissions.setText(
                "Discharged "
                        + count(figures.dischargesToday())
                        + " / admitted "
                        + count(figures.admissionsToday())
                        + " today");
        discharges.shown(
                nctr.getText() + dischargesAdmissions.getText(), instant(asOfMillis), now, live);
        if (asOfMillis != Long.MIN_VALUE) {
            stamp(asOfMillis, now);
        }
    }

    /** The feeds judged quiet now; replaces the badges shown before. */
    void showStale(List<StaleFeed> stale, long asOfMillis) {
        if (asOfMillis < feedsAsOf) {
            return;
        }
        feedsAsOf = asOfMillis;
        badges.removeAll();
        for (StaleFeed feed : stale) {
            Words badge = new Words("⚠ " + feed.message());
            badge.addClassNames("stale", "stale-" + feed.feed().name().toLowerCase());
            badges.add(badge);
        }
        badges.setVisible(!stale.isEmpty());
        setClassName("has-stale", !stale.isEmpty());
    }

    /** The clock moved on: waits and flags are judged again, old change markers go. */
    void tick(Instant now) {
        if (handover != null) {
            renderHandover(instant(handoverAsOf), now, false);
        }
        beds.tick(now);
        ambulances.tick(now);
        discharges.tick(now);
    }

    private void renderHandover(Instant asOf, Instant now, boolean live) {
        if (!ed) {
            return;
        }
        flags.removeAll();
        if (handover == null) {
            waiting.setText(TileText.NONE);
            longest.setText("longest wait " + TileText.NONE);
            lost.setText("hours lost today " + TileText.NONE);
            setWaitLevel(WaitLevel.NONE, false);
            return;
        }
        long count = handover.ambulancesWaiting();
        long longestMinutes = handover.longestWaitMinutesAt(now);
        waiting.setText(count + (count == 1 ? " ambulance" : " ambulances") + " waiting");
        setWaitLevel(WaitLevel.of(count, longestMinutes), true);
        longest.setText(
                "longest wait "
                        + (count == 0 ? TileText.NONE : HandoverText.minutes(longestMinutes)));
        lost.setText(HandoverText.hours(handover.hoursLostToday()) + " lost today");
        if (listCrews) {
            List<CrewWait> flagged =
                    handover.crewsAt(now).stream().filter(CrewWait::flagged).toList();
            flagged.stream().limit(MAX_FLAGS).forEach(crew -> flags.add(flag(crew)));
            if (flagged.size() > MAX_FLAGS) {
                flags.add(new Words("+" + (flagged.size() - MAX_FLAGS) + " more flagged"));
            }
        }
        // Minutes ticking on are not a change worth highlighting; a new count or crew is.
        ambulances.shown(waiting.getText() + lost.getText() + handover.waiting(), asOf, now, live);
    }

    private Words flag(CrewWait crew) {
        Words flag =
                new Words(
                        "⚑ "
                                + crew.callSign()
                                + " "
                                + HandoverText.minutes(crew.waitMinutes())
                                + " · release "
                                + HandoverText.time(crew.releaseAt(), zone)
                                + (crew.pastRelease() ? " passed" : ""));
        flag.addClassNames("flag", crew.pastRelease() ? "flag-past" : "flag-due");
        flag.setId("flag-" + crew.callSign());
        return flag;
    }

    private void setWaitLevel(WaitLevel next, boolean known) {
        ambulances.removeClassNames(shownWait.cssClass(), "wait-unknown");
        // No figures yet is not "no queue": grey, never the all-clear colour.
        ambulances.addClassName(known ? next.cssClass() : "wait-unknown");
        shownWait = next;
        waitLevel.setText(known ? next.label() : "No data");
    }

    private void stamp(long asOfMillis, Instant now) {
        if (asOfMillis > latestAsOf) {
            latestAsOf = asOfMillis;
            asOf.setText(TileText.asOf(asOfMillis, zone, now));
        }
    }

    String cardId() {
        return id;
    }

    private static Instant instant(long millis) {
        return millis == Long.MIN_VALUE ? Instant.EPOCH : Instant.ofEpochMilli(millis);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String count(@Nullable Long value) {
        return value == null ? TileText.NONE : value.toString();
    }
}
