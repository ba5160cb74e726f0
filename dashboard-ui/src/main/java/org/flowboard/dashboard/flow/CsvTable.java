package org.flowboard.dashboard.flow;

import java.util.List;
import java.util.Map;

/** A table of figures as CSV (RFC 4180): a header of field names, then one row per time. */
public final class CsvTable {

    private CsvTable() {}

    public static String of(List<String> columns, List<Map<String, String>> rows) {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", columns.stream().map(CsvTable::cell).toList())).append("\r\n");
        for (Map<String, String> row : rows) {
            csv.append(
                            String.join(
                                    ",",
                                    columns.stream()
                                            .map(c -> cell(row.getOrDefault(c, "")))
                                            .toList()))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
