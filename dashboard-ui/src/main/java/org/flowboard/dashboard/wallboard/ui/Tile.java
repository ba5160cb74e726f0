package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.ZoneId;
import org.flowboard.dashboard.wallboard.BedFigures;
import org.flowboard.dashboard.wallboard.OccupancyLevel;

/** One wallboard tile: a site, or the whole ICS, with its bed occupancy. */
final class Tile extends Div {

    private final ZoneId zone;
    private final Span figure = new Span(TileText.NONE);
    private final Span level = new Span(OccupancyLevel.NO_DATA.label());
    private final Span beds = new Span("waiting for figures");
    private final Span free = new Span();
    private final Span asOf = new Span();
    private OccupancyLevel shownLevel = OccupancyLevel.NO_DATA;
    private long shownAsOf = Long.MIN_VALUE;
    private boolean flashA;

    Tile(String id, String title, String subtitle, ZoneId zone) {
        this.zone = zone;
        setId("tile-" + id);
        addClassNames("tile", shownLevel.cssClass());
        Div head = new Div(new Span(title), new Span(subtitle));
        head.addClassName("tile-head");
        head.getChildren().findFirst().ifPresent(c -> c.addClassName("tile-title"));
        head.getChildren().skip(1).findFirst().ifPresent(c -> c.addClassName("tile-code"));
        figure.setId("occupancy-" + id);
        figure.addClassName("tile-figure");
        level.addClassName("tile-level");
        Div middle = new Div(figure, level);
        middle.addClassName("tile-middle");
        beds.addClassName("tile-beds");
        free.addClassName("tile-free");
        asOf.addClassName("tile-asof");
        asOf.setId("asof-" + id);
        Div foot = new Div(beds, free, asOf);
        foot.addClassName("tile-foot");
        add(head, middle, foot);
    }

    /**
     * Shows the figures unless newer ones are already shown; {@code highlight} marks a live change.
     */
    void show(BedFigures figures, long asOfMillis, Instant now, boolean highlight) {
        if (asOfMillis < shownAsOf) {
            return;
        }
        shownAsOf = asOfMillis;
        OccupancyLevel next = figures.level();
        removeClassName(shownLevel.cssClass());
        addClassName(next.cssClass());
        shownLevel = next;
        figure.setText(TileText.percent(figures.occupancyPct()));
        level.setText(next.label());
        beds.setText(TileText.beds(figures));
        free.setText(TileText.free(figures));
        asOf.setText(TileText.asOf(asOfMillis, zone, now));
        if (highlight) {
            // Two classes with the same animation: swapping them restarts it without any script.
            removeClassNames("flash-a", "flash-b");
            addClassName(flashA ? "flash-a" : "flash-b");
            flashA = !flashA;
        }
    }
}
