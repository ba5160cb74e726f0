package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowboard.dashboard.live.LiveMetrics;
import org.flowboard.dashboard.live.MetricsKey;
import org.flowboard.dashboard.live.PushCoalescer;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.flowboard.ics.Ics;
import org.flowboard.ics.Site;
import org.flowboard.metrics.MetricsUpdate;

/**
 * The control-room wallboard: bed occupancy of the ICS and of each of its sites, legible across a
 * room. Reads the current figures when it opens, then follows changes by server push.
 */
@Route("wallboard")
@RouteAlias("")
@PageTitle("Wallboard · FlowBoard")
@PermitAll
@StyleSheet("context://styles/flowboard.css")
class WallboardView extends Div {

    /** 250 ms: at most four pushes a second per screen (DESIGN.md section 1). */
    static final Duration PUSH_INTERVAL = Duration.ofMillis(250);

    private final LiveMetrics live;
    private final Ics ics;
    private final Clock clock;
    private final Tile icsTile;
    private final Map<String, Tile> siteTiles = new LinkedHashMap<>();
    private LiveMetrics.Listening listening;
    private PushCoalescer<MetricsKey, MetricsUpdate> coalescer;

    WallboardView(LiveMetrics live, Ics ics, Clock clock) {
        this.live = live;
        this.ics = ics;
        this.clock = clock;
        addClassName("wallboard");
        H1 title = new H1(ics.name());
        Span caption = new Span("General & acute bed occupancy");
        caption.addClassName("wallboard-caption");
        Div header = new Div(title, caption);
        header.addClassName("wallboard-header");

        icsTile = new Tile(ics.code(), "Whole ICS", ics.code(), ics.timezone());
        icsTile.addClassName("tile-ics");
        Div grid = new Div(icsTile);
        grid.addClassName("wallboard-grid");
        for (Site site : ics.sites()) {
            Tile tile = new Tile(site.code(), site.name(), site.code(), ics.timezone());
            siteTiles.put(site.code(), tile);
            grid.add(tile);
        }
        add(header, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        coalescer = live.coalescer(PUSH_INTERVAL, MetricsKey::of, batch -> push(ui, batch));
        // Listen before reading, so nothing between the two is missed; tiles ignore older figures.
        listening = live.listen(coalescer::offer);
        apply(live.latest(), false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.close();
        coalescer.close();
    }

    private void push(UI ui, Collection<MetricsUpdate> batch) {
        try {
            ui.access(() -> apply(batch, true));
        } catch (UIDetachedException closing) {
            // The screen went away between the change and the push; onDetach cleans up.
        }
    }

    private void apply(Collection<MetricsUpdate> updates, boolean highlight) {
        for (MetricsUpdate update : updates) {
            BedFigures figures = BedFigures.from(update.fields());
            Tile tile = tileFor(update);
            if (figures != null && tile != null) {
                tile.show(figures, update.asOf(), clock.instant(), highlight);
            }
        }
    }

    private Tile tileFor(MetricsUpdate update) {
        if (MetricsUpdate.ICS.equals(update.scope()) && ics.code().equals(update.id())) {
            return icsTile;
        }
        return MetricsUpdate.SITE.equals(update.scope()) ? siteTiles.get(update.id()) : null;
    }
}
