package org.flowboard.dashboard.flow;

import java.util.Locale;

/** Shared drawing rules of the server-drawn charts: size, palette, axis scale, escaping. */
final class Svg {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 48;
    static final int RIGHT = 12;
    static final int TOP = 28;
    static final int BOTTOM = 26;
    static final int PLOT_W = WIDTH - LEFT - RIGHT;
    static final int PLOT_H = HEIGHT - TOP - BOTTOM;

    /** Distinguishable on the dark Lumo background, and in this order in every chart. */
    static final String[] PALETTE = {"#4dabf7", "#ffa94d", "#ff6b6b", "#69db7c", "#da77f2"};

    private Svg() {}

    static String colour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** A round upper bound for the y axis whose grid steps are round too. */
    static double niceMax(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double lead : new double[] {1, 2, 3, 4, 5, 6, 8, 10}) {
            if (lead * magnitude >= max) {
                return lead * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Grid steps for a maximum from {@link #niceMax}: 3 for 3 and 6, 4 for 2, 4 and 8, else 5. */
    static int steps(double max) {
        double lead = max / Math.pow(10, Math.floor(Math.log10(max)));
        long d = Math.round(lead);
        if (d == 3 || d == 6) {
            return 3;
        }
        return d == 2 || d == 4 || d == 8 ? 4 : 5;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static void open(StringBuilder svg, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart-svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(title))
                .append("\">");
    }

    /** Horizontal grid lines with their values, 0 to max in round steps. */
    static void yAxis(StringBuilder svg, double max) {
        int steps = steps(max);
        for (int i = 0; i <= steps; i++) {
            double value = max * i / steps;
            double y = TOP + PLOT_H - PLOT_H * i / (double) steps;
            svg.append("<line class=\"grid\" x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(LEFT + PLOT_W)
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\" stroke=\"#ffffff22\"/>");
            svg.append("<text x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(num(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#c8d0da\">")
                    .append(label(value))
                    .append("</text>");
        }
    }

    static void legend(StringBuilder svg, java.util.List<String> names) {
        double x = LEFT;
        for (int i = 0; i < names.size(); i++) {
            svg.append("<rect x=\"")
                    .append(num(x))
                    .append("\" y=\"8\" width=\"10\" height=\"10\" fill=\"")
                    .append(colour(i))
                    .append("\"/><text class=\"legend\" x=\"")
                    .append(num(x + 14))
                    .append("\" y=\"17\" font-size=\"12\" fill=\"#e6ebf0\">")
                    .append(escape(names.get(i)))
                    .append("</text>");
            x += 26 + 7 * names.get(i).length();
        }
    }

    static void xLabel(StringBuilder svg, double x, String text) {
        svg.append("<text x=\"")
                .append(num(x))
                .append("\" y=\"")
                .append(HEIGHT - 8)
                .append("\" text-anchor=\"")
                // Labels at the edges stay inside the drawing.
                .append(x > WIDTH - 30 ? "end" : x < LEFT + 20 ? "start" : "middle")
                .append("\" font-size=\"11\" fill=\"#c8d0da\">")
                .append(escape(text))
                .append("</text>");
    }
}
