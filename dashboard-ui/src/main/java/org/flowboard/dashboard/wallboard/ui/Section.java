package org.flowboard.dashboard.wallboard.ui;

import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.flowboard.dashboard.handover.HandoverText;

/**
 * One row of a site card (beds, ambulances, discharges). When what it shows changes by a live push
 * it glows for a few seconds and carries a small "changed 14:02" marker for {@link #MARK_FOR}.
 */
final class Section extends Div {

    static final Duration MARK_FOR = Duration.ofMinutes(10);

    private final Div body = new Div();
    private final Words changed = new Words();
    private final ZoneId zone;
    private String shown = "";
    private Instant markedAt;
    private boolean flashA;

    Section(String id, String label, ZoneId zone) {
        this.zone = zone;
        setId(id);
        addClassName("section");
        Words title = new Words(label);
        title.addClassName("section-label");
        body.addClassName("section-body");
        changed.addClassName("changed");
        changed.setId(id + "-changed");
        changed.setVisible(false);
        add(title, body, changed);
    }

    Div body() {
        return body;
    }

    /**
     * Records what the section now shows ({@code signature}: its words); a live change of them
     * highlights it, stamped with the time the figures are as of.
     */
    void shown(String signature, Instant asOf, Instant now, boolean live) {
        if (live && !signature.equals(shown) && !shown.isEmpty()) {
            removeClassNames("flash-a", "flash-b");
            addClassName(flashA ? "flash-a" : "flash-b");
            flashA = !flashA;
            changed.setText("changed " + HandoverText.time(asOf, zone));
            changed.setVisible(true);
            markedAt = now;
        }
        shown = signature;
    }

    /** Takes the marker away once the change is no longer recent. */
    void tick(Instant now) {
        if (markedAt != null && Duration.between(markedAt, now).compareTo(MARK_FOR) > 0) {
            changed.setVisible(false);
            removeClassNames("flash-a", "flash-b");
            markedAt = null;
        }
    }
}
