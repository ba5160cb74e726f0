package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
import org.flowboard.dashboard.handover.HandoverText;
import org.flowboard.dashboard.handover.SiteHandover;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.live.MetricsKey;
import org.flowboard.dashboard.live.PushCoalescer;
import org.flowboard.dashboard.live.Ticker;
import org.flowboard.dashboard.live.ui.KeepAlive;
import org.flowboard.dashboard.security.CurrentUser;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.flowboard.dashboard.wallboard.Escalation;
import org.flowboard.dashboard.wallboard.FlowFigures;
import org.flowboard.dashboard.wallboard.StaleFeeds;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.SiteKind;
import org.flowboard.ics.WardCategory;
import org.flowboard.metrics.MetricsUpdate;

/**
 * The control-room wallboard: beds, ambulances, discharges and feed health of the ICS and of each
 * of its sites, legible across a room on a screen left open all day. Reads the current figures when
 * it opens, follows changes by server push, and re-judges waits and quiet feeds on the server's
 * clock at every tick. {@code ?tv} hides everything but the figures.
 */
@Route("wallboard")
@PageTitle("Wallboard · FlowBoard")
@RolesAllowed({"CONTROL", "MANAGER"})
@StyleSheet("context://styles/flowboard.css")
class WallboardView extends Div implements BeforeEnterObserver {

    /** 250 ms: at most four pushes a second per screen (DESIGN.md section 1). */
    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

    private final LiveMetrics live;
    private final Ticker ticker;
    private final Ics ics;
    private final Clock clock;
    private final SiteCard icsCard;
    private final Map<String, SiteCard> siteCards = new LinkedHashMap<>();
    private final Span clockText = new Span();
    private LiveMetrics.Listening listening;
    private LiveMetrics.Listening ticking;
    private PushCoalescer<MetricsKey, MetricsUpdate> coalescer;

    WallboardView(LiveMetrics live, Ticker ticker, Ics ics, Clock clock) {
        this.live = live;
        this.ticker = ticker;
        this.ics = ics;
        this.clock = clock;
        addClassName("wallboard");
        H1 title = new H1(ics.name());
        clockText.addClassName("wallboard-clock");
        clockText.setId("wallboard-clock");
        Button fullScreen = new Button("Full screen", e -> toggleFullScreen());
        fullScreen.setId("fullscreen");
        fullScreen.addClassName("chrome");
        Div header = new Div(title, clockText, fullScreen);
        header.addClassName("wallboard-header");

        icsCard = new SiteCard(ics.code(), "Whole ICS", ics.code(), ics.timezone(), true, false);
        icsCard.addClassName("card-ics");
        icsCard.expectEscalation(
                ics.escalation() == null
                        ? Escalation.NONE.headline()
                        : "OPEL (acute sites): no figures yet");
        // The server enforces the user's site scope: cards outside it are never made.
        SiteScope scope = CurrentUser.scope();
        icsCard.setVisible(scope.allowsIcs());
        Div grid = new Div(icsCard);
        grid.addClassName("wallboard-grid");
        List<String> others = new ArrayList<>();
        for (Site site : ics.sites()) {
            if (!scope.allows(site.code())) {
                continue;
            }
            if (!site.emergencyDepartment() && !hasAcuteBeds(site)) {
                others.add(site.name() + " (" + site.code() + ")");
                continue;
            }
            SiteCard card =
                    new SiteCard(
                            site.code(),
                            site.name(),
                            site.code(),
                            ics.timezone(),
                            site.emergencyDepartment(),
                            true);
            card.expectEscalation(opelPlaceholder(site));
            siteCards.put(site.code(), card);
            grid.add(card);
        }
        Span legend =
                new Span(
                        "Beds: open general & acute beds incl. escalation · Ambulances: Release to"
                                + " Rescue flag from 30 min, release at arrival + 45 min"
                                + (others.isEmpty()
                                        ? ""
                                        : " · Not shown (no beds or ED): "
                                                + String.join(", ", others)));
        legend.addClassName("wallboard-legend");
        add(header, grid, legend);
    }

    private String opelPlaceholder(Site site) {
        if (ics.escalation() == null) {
            return Escalation.NONE.headline();
        }
        return site.kind() == SiteKind.ACUTE
                ? "OPEL: no figures yet"
                : "OPEL: scored for acute sites only";
    }

    private static boolean hasAcuteBeds(Site site) {
        return site.wards().stream().anyMatch(w -> w.category() == WardCategory.GENERAL_ACUTE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean tv = event.getLocation().getQueryParameters().getParameters().containsKey("tv");
        setClassName("tv", tv);
    }

    private void toggleFullScreen() {
        getUI().ifPresent(
                        ui ->
                                ui.getPage()
                                        .executeJs(
                                                "if (document.fullscreenElement) {"
                                                        + " document.exitFullscreen(); } else {"
                                                        + " document.documentElement"
                                                        + ".requestFullscreen().catch(() => {}); }"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        KeepAlive.install(ui, ticker.interval());
        coalescer = live.coalescer(PUSH_INTERVAL, MetricsKey::of, batch -> push(ui, batch));
        // Listen before reading, so nothing between the two is missed; cards ignore older figures.
        listening = live.listen(coalescer::offer);
        ticking = ticker.listen(() -> access(ui, this::tick));
        apply(live.latest(), false);
        tick();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.close();
        ticking.close();
        coalescer.close();
    }

    private void push(UI ui, Collection<MetricsUpdate> batch) {
        access(ui, () -> apply(batch, true));
    }

    private static void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException closing) {
            // The screen went away between the change and the push; onDetach cleans up.
        }
    }

    private void tick() {
        Instant now = clock.instant();
        clockText.setText(HandoverText.time(now, ics.timezone()));
        icsCard.tick(now);
        siteCards.values().forEach(card -> card.tick(now));
        // Feeds are judged stale on the server clock, so judge them again with no event at all.
        for (MetricsUpdate update : live.latest()) {
            if (StaleFeeds.GROUP.equals(update.group())) {
                SiteCard card = cardFor(update);
                if (card != null) {
                    card.showStale(
                            StaleFeeds.of(update.id(), update.fields(), now, ics.timezone()),
                            update.asOf());
                }
            }
        }
        getUI().ifPresent(KeepAlive::tick);
    }

    private void apply(Collection<MetricsUpdate> updates, boolean highlight) {
        Instant now = clock.instant();
        for (MetricsUpdate update : updates) {
            SiteCard card = cardFor(update);
            if (card == null) {
                continue;
            }
            switch (update.group()) {
                case SiteHandover.GROUP ->
                        card.showHandover(
                                SiteHandover.from(update.id(), update.fields()),
                                update.asOf(),
                                now,
                                highlight);
                case FlowFigures.GROUP ->
                        card.showFlow(
                                FlowFigures.from(update.fields()), update.asOf(), now, highlight);
                case StaleFeeds.GROUP ->
                        card.showStale(
                                StaleFeeds.of(update.id(), update.fields(), now, ics.timezone()),
                                update.asOf());
                case Escalation.GROUP ->
                        card.showEscalation(Escalation.from(update.fields()), update.asOf(), now);
                default -> {
                    BedFigures beds = BedFigures.from(update.fields());
                    if (beds != null) {
                        card.showBeds(beds, update.asOf(), now, highlight);
                    }
                }
            }
        }
    }

    private SiteCard cardFor(MetricsUpdate update) {
        if (MetricsUpdate.ICS.equals(update.scope()) && ics.code().equals(update.id())) {
            return icsCard;
        }
        return MetricsUpdate.SITE.equals(update.scope()) ? siteCards.get(update.id()) : null;
    }
}
