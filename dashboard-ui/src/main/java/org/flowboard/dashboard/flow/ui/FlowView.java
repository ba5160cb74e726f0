package org.flowboard.dashboard.flow.ui;

import com.vaadin.flow.component.Html;
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
import java.util.List;
import java.util.Map;
import org.flowboard.dashboard.flow.CsvTable;
import org.flowboard.dashboard.flow.FlowData;
import org.flowboard.dashboard.flow.FlowPicture;
import org.flowboard.dashboard.flow.FlowPlace;
import org.flowboard.dashboard.flow.FlowRange;
import org.flowboard.dashboard.security.CurrentUser;
import org.flowboard.dashboard.security.SiteScope;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.ics.Ward;
import org.springframework.security.access.AccessDeniedException;

/**
 * The managers' flow drill-down: the ICS, a site or a ward over the last hours, days or weeks, as
 * charts and as a table with CSV export. Only places within the user's sites can be reached: the
 * breadcrumb offers no others, and a query naming one is refused on the server.
 */
@Route("flow")
@PageTitle("Flow · FlowBoard")
@RolesAllowed({"MANAGER", "CONTROL"})
@StyleSheet("context://styles/flowboard.css")
@StyleSheet("context://styles/flow.css")
class FlowView extends Div implements BeforeEnterObserver {

    private final FlowData data;
    private final Ics ics;
    private final Clock clock;
    private final SiteScope scope;

    private final Div crumbs = new Div();
    private final Div drill = new Div();
    private final Div ranges = new Div();
    private final Div charts = new Div();
    private final Div table = new Div();

    private FlowPlace place;
    private FlowRange range = FlowRange.HOURS_12;

    FlowView(FlowData data, Ics ics, Clock clock, AuthenticationContext authentication) {
        this.data = data;
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
        table.removeAll();
        Grid<Map<String, String>> grid = new Grid<>();
        grid.setId("flow-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        for (String column : picture.columns()) {
            grid.addColumn(row -> row.getOrDefault(column, ""))
                    .setHeader(column)
                    .setKey(column)
                    .setAutoWidth(true)
                    .setResizable(true);
        }
        // Newest first: the figure a manager asks about is usually the latest.
        List<Map<String, String>> newestFirst = new java.util.ArrayList<>(picture.rows());
        java.util.Collections.reverse(newestFirst);
        grid.setItems(newestFirst);
        grid.setAllRowsVisible(false);
        grid.setHeight("22rem");
        String csv = CsvTable.of(picture.columns(), picture.rows());
        StreamResource resource =
                new StreamResource(
                        fileName(),
                        () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        resource.setContentType("text/csv");
        Anchor download = new Anchor(resource, "Download CSV");
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
