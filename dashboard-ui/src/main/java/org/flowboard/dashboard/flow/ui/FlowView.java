package org.flowboard.dashboard.flow.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.flow.CsvTable;
import org.flowboard.dashboard.flow.FlowData;
import org.flowboard.dashboard.flow.FlowPicture;
import org.flowboard.dashboard.flow.FlowPlace;
import org.flowboard.dashboard.flow.FlowRange;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.live.MetricsKey;
import org.flowboard.dashboard.live.PushCoalescer;
import org.flowboard.dashboard.security.CurrentUser;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;
import org.flowboard.metrics.MetricsUpdate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The managers' flow drill-down: the ICS, a site or a ward over the last hours, days or weeks, as
 * charts and as a table with CSV export. Only places within the user's sites can be reached: the
 * breadcrumb offers no others, and a query naming one is refused on the server.
 *
 * <p>Live: while open, the view follows the server's metric changes for the place it shows and
 * redraws its charts and table from the history (which the recorder has appended to before the view
 * hears of the change), coalesced like the wallboard to at most four redraws a second, and less
 * often for the longer ranges, whose buckets a single change barely moves.
 */
@Route("flow")
@PageTitle("Flow · FlowBoard")
@RolesAllowed({"MANAGER", "CONTROL"})
@StyleSheet("context://styles/flowboard.css")
@StyleSheet("context://styles/flow.css")
class FlowView extends Div implements BeforeEnterObserver {

    /** 250 ms: at most four pushes a second per screen (DESIGN.md section 1). */
    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

    /** The groups the charts and table are drawn from. */
    private static final java.util.Set<String> CHARTED =
            java.util.Set.of("occupancy", "handover", "flow");

    private final FlowData data;
    private final LiveMetrics live;
    private final Ics ics;
    private final Clock clock;
    private final SiteScope scope;

    private final Div crumbs = new Div();
    private final Div drill = new Div();
    private final Div ranges = new Div();
    private final Div charts = new Div();
    private final Div table = new Div();

    // Read by the subscriber thread to pick the changes worth a redraw; set on the UI thread.
    private volatile FlowPlace place;
    private volatile FlowRange range = FlowRange.HOURS_12;
    private LiveMetrics.Listening listening;
    private PushCoalescer<MetricsKey, MetricsUpdate> coalescer;
    private FlowRange coalescing;
    private UI ui;
    private Grid<Map<String, String>> grid;
    private List<String> gridColumns;
    private Anchor download;

    FlowView(
            FlowData data,
            LiveMetrics live,
            Ics ics,
            Clock clock,
            AuthenticationContext authentication) {
        this.data = data;
        this.live = live;
        this.ics = ics;
        this.clock = clock;
        // Read once, on the request that opened the view: every later choice is checked against it.
        this.scope = CurrentUser.scope();
        addClassName("flow");
        crumbs.addClassName("flow-crumbs");
        drill.addClassName("flow-drill");
        ranges.addClassName("flow-ranges");
        charts.addClassName("flow-charts");
        table.addClassName("flow-table");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new H1("Patient flow"), ranges, signOut);
        header.addClassName("flow-header");
        add(header, crumbs, drill, charts, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String site = first(query, "site");
        String ward = first(query, "ward");
        FlowPlace asked;
        if (site == null) {
            asked = scope.allowsIcs() ? FlowPlace.ics() : firstSite();
        } else {
            asked = new FlowPlace(site, ward);
        }
        if (asked == null || !allowed(asked)) {
            // Same answer as a view the user's role may not open: nothing said about the site.
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        show(asked);
    }

    private FlowPlace firstSite() {
        return ics.sites().stream()
                .filter(s -> scope.allows(s.code()))
                .findFirst()
                .map(s -> FlowPlace.site(s.code()))
                .orElse(null);
    }

    private boolean allowed(FlowPlace p) {
        if (p.isIcs()) {
            return scope.allowsIcs();
        }
        Site site = ics.site(p.site()).orElse(null);
        return site != null
                && scope.allows(site.code())
                && (p.ward() == null || site.ward(p.ward()).isPresent());
    }

    private void show(FlowPlace next) {
        if (!allowed(next)) {
            throw new AccessDeniedException("outside your sites");
        }
        place = next;
        renderCrumbs();
        renderDrill();
        renderRanges();
        FlowPicture picture = data.picture(place, range, clock.instant(), scope);
        renderCharts(picture);
        renderTable(picture);
        if (ui != null && coalescing != range) {
            follow();
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ui = event.getUI();
        follow();
        // Listening before this redraw: a change in between is drawn twice, never missed.
        if (place != null) {
            redraw();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopFollowing();
        ui = null;
    }

    /** (Re)subscribes, with a coalescing interval suited to the range shown. */
    private void follow() {
        stopFollowing();
        UI target = ui;
        coalescing = range;
        coalescer =
                live.coalescer(
                        redrawInterval(range),
                        MetricsKey::of,
                        batch -> {
                            try {
                                target.access(this::redraw);
                            } catch (UIDetachedException closing) {
                                // The screen went away between the change and the redraw.
                            }
                        });
        PushCoalescer<MetricsKey, MetricsUpdate> c = coalescer;
        listening =
                live.listen(
                        update -> {
                            if (shows(update)) {
                                c.offer(update);
                            }
                        });
    }

    private void stopFollowing() {
        if (listening != null) {
            listening.close();
            listening = null;
        }
        if (coalescer != null) {
            coalescer.close();
            coalescer = null;
        }
        coalescing = null;
    }

    /**
     * The longer ranges are drawn in buckets of half an hour and two hours, and each redraw reads
     * days or weeks of points: once every few seconds is live enough for them.
     */
    static Duration redrawInterval(FlowRange range) {
        return switch (range) {
            case HOURS_12 -> PUSH_INTERVAL;
            case DAYS_7 -> Duration.ofSeconds(5);
            case WEEKS_5 -> Duration.ofSeconds(30);
        };
    }

    /** Whether a change is one of the series the view draws for the place it shows. */
    private boolean shows(MetricsUpdate update) {
        FlowPlace p = place;
        if (p == null || !CHARTED.contains(update.group())) {
            return false;
        }
        return p.isIcs()
                ? MetricsUpdate.ICS.equals(update.scope()) && ics.code().equals(update.id())
                : MetricsUpdate.SITE.equals(update.scope()) && p.site().equals(update.id());
    }

    /** Draws the charts and table again from the history, keeping the place and range. */
    private void redraw() {
        FlowPicture picture = data.picture(place, range, clock.instant(), scope);
        renderCharts(picture);
        renderTable(picture);
    }

    private void renderCrumbs() {
        crumbs.removeAll();
        if (scope.allowsIcs()) {
            crumbs.add(crumb("crumb-ics", ics.name(), FlowPlace.ics(), place.isIcs()));
        }
        if (!place.isIcs()) {
            Site site = ics.site(place.site()).orElseThrow();
            separator();
            crumbs.add(
                    crumb(
                            "crumb-site",
                            site.name(),
                            FlowPlace.site(site.code()),
                            place.ward() == null));
            if (place.ward() != null) {
                Ward ward = site.ward(place.ward()).orElseThrow();
                separator();
                crumbs.add(crumb("crumb-ward", ward.name(), place, true));
            }
        }
    }

    private void separator() {
        if (crumbs.getComponentCount() > 0) {
            Span arrow = new Span("›");
            arrow.addClassName("flow-crumb-separator");
            crumbs.add(arrow);
        }
    }

    private Button crumb(String id, String text, FlowPlace target, boolean current) {
        Button b = new Button(text, e -> show(target));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (current) {
            b.addClassName("current");
        }
        return b;
    }

    private void renderDrill() {
        drill.removeAll();
        if (place.isIcs()) {
            drill.add(new Span("Sites:"));
            for (Site site : ics.sites()) {
                if (scope.allows(site.code())) {
                    drill.add(drillButton(site.code(), site.name(), FlowPlace.site(site.code())));
                }
            }
        } else if (place.ward() == null) {
            Site site = ics.site(place.site()).orElseThrow();
            List<Ward> wards = site.wards().stream().filter(Ward::countsForOccupancy).toList();
            if (!wards.isEmpty()) {
                drill.add(new Span("Wards:"));
            }
            for (Ward ward : wards) {
                drill.add(
                        drillButton(
                                ward.code(), ward.name(), new FlowPlace(site.code(), ward.code())));
            }
        }
    }

    private Button drillButton(String code, String name, FlowPlace target) {
        Button b = new Button(name, e -> show(target));
        b.setId("drill-" + code);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        return b;
    }

    private void renderRanges() {
        ranges.removeAll();
        for (FlowRange r : FlowRange.values()) {
            Button b =
                    new Button(
                            r.label(),
                            e -> {
                                range = r;
                                show(place);
                            });
            b.setId("range-" + r.name());
            b.addThemeVariants(
                    r == range ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            ranges.add(b);
        }
    }

    private void renderCharts(FlowPicture picture) {
        charts.removeAll();
        for (FlowPicture.Chart chart : picture.charts()) {
            Div card = new Div(new H3(chart.title()));
            card.setId(chart.id());
            card.addClassName("chart-card");
            if (chart.hasData()) {
                // innerHTML of a div, so the browser parses the SVG in its own namespace.
                card.add(new Html("<div class=\"chart\">" + chart.svg() + "</div>"));
            } else {
                Paragraph none = new Paragraph("No data yet");
                none.addClassName("chart-empty");
                card.add(none);
            }
            charts.add(card);
        }
    }

    private void renderTable(FlowPicture picture) {
        // Newest first: the figure a manager asks about is usually the latest.
        List<Map<String, String>> newestFirst = new java.util.ArrayList<>(picture.rows());
        java.util.Collections.reverse(newestFirst);
        String csv = CsvTable.of(picture.columns(), picture.rows());
        StreamResource resource =
                new StreamResource(
                        fileName(),
                        () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("text/csv");
        if (grid != null && picture.columns().equals(gridColumns)) {
            // A live redraw: same grid, new rows, so the reader keeps their place in it.
            grid.setItems(newestFirst);
            download.setHref(resource);
            return;
        }
        table.removeAll();
        grid = new Grid<>();
        gridColumns = picture.columns();
        grid.setId("flow-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (String column : picture.columns()) {
            grid.addColumn(row -> row.getOrDefault(column, ""))
                    .setHeader(column)
                    .setKey(column)
                    .setAutoWidth(true)
                    .setResizable(true);
        }
        grid.setItems(newestFirst);
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
        download = new Anchor(resource, "Download CSV");
        download.getElement().setAttribute("download", true);
        download.setId("csv-download");
        Div bar = new Div(new H2("Figures"), download);
        bar.addClassName("flow-table-bar");
        table.add(bar, grid);
    }

    private String fileName() {
        String where = place.isIcs() ? ics.code() : place.site();
        if (place.ward() != null) {
            where += "-" + place.ward();
        }
        return "flow-" + where + "-" + range.name().toLowerCase(java.util.Locale.ROOT) + ".csv";
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
