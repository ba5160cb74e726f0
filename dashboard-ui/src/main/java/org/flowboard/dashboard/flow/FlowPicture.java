package org.flowboard.dashboard.flow;

import java.util.List;
import java.util.Map;

/**
 * What the flow view shows for one place and range: charts, and the same figures as a table.
 *
 * @param charts in display order
 * @param columns table columns, named as in DESIGN.md section 6 ({@code asOf} first)
 * @param rows one per time, column to text
 */
public record FlowPicture(
        List<Chart> charts, List<String> columns, List<Map<String, String>> rows) {

    /**
     * @param id stable element id
     * @param title heading
     * @param svg the drawing, or null when there is nothing to draw yet
     */
    public record Chart(String id, String title, String svg) {

        public boolean hasData() {
            return svg != null;
        }
    }
}
