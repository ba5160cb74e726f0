package org.flowboard.dashboard.handover.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.handover.CrewSearch;
import org.flowboard.dashboard.handover.CrewWait;
import org.flowboard.dashboard.handover.HandoverRanking;
import org.flowboard.dashboard.handover.HandoverText;
import org.flowboard.dashboard.handover.SiteHandover;
import org.flowboard.dashboard.handover.WaitLevel;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.live.MetricsKey;
import org.flowboard.dashboard.live.PushCoalescer;
import org.flowboard.dashboard.live.Ticker;
import org.flowboard.dashboard.live.ui.KeepAlive;
import org.flowboard.dashboard.security.CurrentUser;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.metrics.MetricsUpdate;

/**
 * The paramedic handover board, for a tablet in an ambulance: each ED's queue now, which ED would
 * likely hand over soonest and why, and a crew's own wait and Release to Rescue time by call sign.
 * Call signs only: nothing about patients reaches this screen. {@code ?light} (or the button)
 * switches to a high-contrast light theme for sunlight; the choice is kept on the device.
 */
@Route("handover")
@PageTitle("Handover · FlowBoard")
@RolesAllowed({"PARAMEDIC", "MANAGER", "CONTROL"})
@StyleSheet("context://styles/flowboard.css")
class HandoverView extends Div implements BeforeEnterObserver {

    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);
    private static final String THEME_KEY = "flowboard-handover-theme";

    private final LiveMetrics live;
    private final Ticker ticker;
    private final Ics ics;
    private final Clock clock;
    private final Map<String, Site> eds = new LinkedHashMap<>();
    private final Map<String, SiteHandover> figures = new LinkedHashMap<>();
    private final Map<String, Long> asOf = new LinkedHashMap<>();
    private final TextField search = new TextField();
    private final Div found = new Div();
    private final Div ranking = new Div();
    private final Div queues = new Div();
    private final Span clockText = new Span();
    private final Button themeButton = new Button();
    private boolean light;
    private LiveMetrics.Listening listening;
    private LiveMetrics.Listening ticking;
    private PushCoalescer<MetricsKey, MetricsUpdate> coalescer;

    HandoverView(LiveMetrics live, Ticker ticker, Ics ics, Clock clock) {
        this.live = live;
        this.ticker = ticker;
        this.ics = ics;
        this.clock = clock;
        addClassName("handover");
        // The server enforces the user's site scope: departments outside it are never shown.
        SiteScope scope = CurrentUser.scope();
        for (Site site : ics.sites()) {
            if (site.emergencyDepartment() && scope.allows(site.code())) {
                eds.put(site.code(), site);
            }
        }
        H1 title = new H1("Ambulance handover");
        clockText.setId("handover-clock");
        clockText.addClassName("handover-clock");
        themeButton.setId("theme");
        themeButton.addClassName("touch");
        themeButton.addClickListener(e -> setLight(!light, true));
        Div header = new Div(title, clockText, themeButton);
        header.addClassName("handover-header");

        search.setId("callsign");
        search.setLabel("Find my vehicle");
        search.setPlaceholder("Call sign, e.g. NV123");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(300);
        search.addClassName("touch");
        search.addValueChangeListener(e -> showSearch(clock.instant()));
        found.setId("found");
        found.addClassName("found");
        Div searchBox = new Div(search, found);
        searchBox.addClassName("panel");

        ranking.setId("ranking");
        H2 rankTitle = new H2("Likely soonest handover");
        Paragraph basis =
                new Paragraph(
                        "Estimate: crews already waiting × the ED's mean handover time today."
                                + " A guide, not a promise: it ignores bays and the time of day.");
        basis.addClassName("basis");
        Div rankPanel = new Div(rankTitle, basis, ranking);
        rankPanel.addClassName("panel");

        queues.addClassName("queues");
        add(header, searchBox, rankPanel, new H2("Queues now"), queues);
        setLight(false, false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("light")) {
            setLight(true, true);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        KeepAlive.install(ui, ticker.interval());
        ui.getPage()
                .executeJs("return localStorage.getItem($0);", THEME_KEY)
                .then(String.class, saved -> setLight("light".equals(saved) || light, false));
        coalescer = live.coalescer(PUSH_INTERVAL, MetricsKey::of, batch -> push(ui, batch));
        listening = live.listen(coalescer::offer);
        ticking = ticker.listen(() -> access(ui, this::tick));
        apply(live.latest());
        tick();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.close();
        ticking.close();
        coalescer.close();
    }

    private void setLight(boolean on, boolean remember) {
        light = on;
        setClassName("sunlight", on);
        themeButton.setText(on ? "Dark theme" : "Sunlight theme");
        getUI().ifPresent(
                        ui -> {
                            // Lumo's own fields and buttons follow the page theme attribute.
                            ui.getPage()
                                    .executeJs(
                                            "document.documentElement.setAttribute('theme', $0);"
                                                    + " if ($1) localStorage.setItem($2, $0 ?"
                                                    + " 'light' : 'dark');",
                                            on ? "light" : "dark",
                                            remember,
                                            THEME_KEY);
                        });
    }

    private void push(UI ui, Collection<MetricsUpdate> batch) {
        access(ui, () -> apply(batch));
    }

    private static void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException closing) {
            // The screen went away; onDetach cleans up.
        }
    }

    private void apply(Collection<MetricsUpdate> updates) {
        boolean changed = false;
        for (MetricsUpdate update : updates) {
            if (MetricsUpdate.SITE.equals(update.scope())
                    && SiteHandover.GROUP.equals(update.group())
                    && eds.containsKey(update.id())
                    && update.asOf() >= asOf.getOrDefault(update.id(), Long.MIN_VALUE)) {
                asOf.put(update.id(), update.asOf());
                figures.put(update.id(), SiteHandover.from(update.id(), update.fields()));
                changed = true;
            }
        }
        if (changed) {
            render(clock.instant());
        }
    }

    private void tick() {
        render(clock.instant());
        getUI().ifPresent(KeepAlive::tick);
    }

    private void render(Instant now) {
        clockText.setText(HandoverText.time(now, ics.timezone()));
        renderRanking();
        renderQueues(now);
        showSearch(now);
    }

    private List<HandoverRanking.Ed> known() {
        List<HandoverRanking.Ed> list = new ArrayList<>();
        figures.forEach(
                (code, f) -> list.add(new HandoverRanking.Ed(code, eds.get(code).name(), f)));
        return list;
    }

    private void renderRanking() {
        ranking.removeAll();
        List<HandoverRanking.Estimate> ranked = HandoverRanking.rank(known());
        if (ranked.isEmpty()) {
            ranking.add(new Paragraph("No handover figures yet."));
            return;
        }
        int place = 1;
        for (HandoverRanking.Estimate e : ranked) {
            Span rank = new Span(String.valueOf(place));
            rank.addClassName("rank-place");
            Span name = new Span(e.name());
            name.addClassName("rank-name");
            Span estimate =
                    new Span(
                            e.estimateMinutes() == null
                                    ? "no estimate"
                                    : e.estimateMinutes() == 0
                                            ? "likely no queue"
                                            : "likely ~"
                                                    + HandoverText.minutes(e.estimateMinutes()));
            estimate.addClassName("rank-estimate");
            Span basis = new Span(e.basis());
            basis.addClassName("rank-basis");
            Div row = new Div(rank, name, estimate, basis);
            row.addClassName("rank-row");
            row.setId("rank-" + e.site());
            ranking.add(row);
            place++;
        }
    }

    private void renderQueues(Instant now) {
        queues.removeAll();
        for (Site site : eds.values()) {
            SiteHandover f = figures.get(site.code());
            Div card = new Div();
            card.addClassName("queue");
            card.setId("queue-" + site.code());
            Span name = new Span(site.name());
            name.addClassName("queue-name");
            Div head = new Div(name, new Span(site.code()));
            head.addClassName("queue-head");
            card.add(head);
            if (f == null) {
                card.add(new Paragraph("No handover figures yet"));
                queues.add(card);
                continue;
            }
            long longest = f.longestWaitMinutesAt(now);
            WaitLevel level = WaitLevel.of(f.ambulancesWaiting(), longest);
            card.addClassName(level.cssClass());
            Span levelText = new Span(level.label());
            levelText.addClassName("level");
            Div summary =
                    new Div(
                            figure(f.ambulancesWaiting() + "", "waiting"),
                            figure(
                                    f.ambulancesWaiting() == 0
                                            ? HandoverText.NONE
                                            : HandoverText.minutes(longest),
                                    "longest wait"),
                            figure(
                                    HandoverText.meanMinutes(f.meanHandoverMinutesToday()),
                                    "mean handover today ("
                                            + f.handoversToday()
                                            + " handed over)"));
            summary.addClassName("queue-figures");
            card.add(summary, levelText);
            for (CrewWait crew : f.crewsAt(now)) {
                card.add(crewRow(crew));
            }
            queues.add(card);
        }
    }

    private Div figure(String value, String label) {
        Span v = new Span(value);
        v.addClassName("figure-value");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Div d = new Div(v, l);
        d.addClassName("figure");
        return d;
    }

    private Div crewRow(CrewWait crew) {
        Span sign = new Span(crew.callSign());
        sign.addClassName("crew-sign");
        Span wait = new Span(HandoverText.minutes(crew.waitMinutes()));
        wait.addClassName("crew-wait");
        Span release = new Span(HandoverText.release(crew, ics.timezone()));
        release.addClassName("crew-release");
        Div row = new Div(sign, wait, release);
        row.addClassNames("crew", crew.flagged() ? "crew-flagged" : "crew-ok");
        row.setId("crew-" + crew.callSign());
        return row;
    }

    private void showSearch(Instant now) {
        found.removeAll();
        String query = search.getValue();
        if (query == null || query.isBlank()) {
            found.setVisible(false);
            return;
        }
        found.setVisible(true);
        List<CrewWait> matches = CrewSearch.find(query, figures.values(), now);
        if (matches.isEmpty()) {
            found.add(
                    new Paragraph(
                            "No crew "
                                    + query.trim().toUpperCase()
                                    + " waiting at any ED. Handed over already, or not yet"
                                    + " arrived."));
            return;
        }
        for (CrewWait crew : matches) {
            Site site = eds.get(crew.site());
            Span sign = new Span(crew.callSign());
            sign.addClassName("found-sign");
            Span where = new Span("at " + (site == null ? crew.site() : site.name()));
            Span wait =
                    new Span(
                            "waiting "
                                    + HandoverText.minutes(crew.waitMinutes())
                                    + " since "
                                    + HandoverText.time(crew.arrived(), ics.timezone()));
            wait.addClassName("found-wait");
            Span release = new Span(HandoverText.release(crew, ics.timezone()));
            release.addClassName("found-release");
            Div card = new Div(sign, where, wait, release);
            card.addClassNames("found-crew", crew.flagged() ? "crew-flagged" : "crew-ok");
            card.setId("found-" + crew.callSign());
            found.add(card);
        }
    }
}
