package org.flowboard.ics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads and validates an ICS file (DESIGN.md section 2). */
public final class IcsLoader {

    public static final String DEMO_RESOURCE = "/org/flowboard/ics/demo-ics.yaml";

    private IcsLoader() {}

    /** The demo ICS shipped with FlowBoard. */
    public static Ics demo() {
        try (InputStream in = IcsLoader.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo ICS resource missing: " + DEMO_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "demo-ics.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Ics load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new IcsFileException(file.toString(), List.of("cannot read: " + e.getMessage()));
        }
    }

    public static Ics parse(Reader reader, String source) {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException e) {
            throw new IcsFileException(source, List.of("not YAML: " + e.getMessage()));
        }
        return new Validator(source).ics(root);
    }

    /** Collects every problem with a path to it, then fails once. */
    private static final class Validator {
        private final String source;
        private final List<String> problems = new ArrayList<>();

        Validator(String source) {
            this.source = source;
        }

        Ics ics(Object root) {
            Map<?, ?> top = map(root, "the file");
            Map<?, ?> head = top == null ? null : map(top.get("ics"), "ics");
            String code = head == null ? null : text(head, "code", "ics");
            String name = head == null ? null : text(head, "name", "ics");
            ZoneId zone = head == null ? null : zone(head.get("timezone"));
            List<Site> sites = new ArrayList<>();
            Object sitesNode = top == null ? null : top.get("sites");
            if (!(sitesNode instanceof List<?> list) || list.isEmpty()) {
                problems.add("sites: a non-empty list is required");
            } else {
                Set<String> codes = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Site site = site(list.get(i), "sites[" + i + "]");
                    if (site != null && !codes.add(site.code())) {
                        problems.add("sites[" + i + "]: duplicate site code " + site.code());
                    }
                    if (site != null) {
                        sites.add(site);
                    }
                }
            }
            EscalationTable escalation =
                    top == null || top.get("escalation") == null
                            ? null
                            : escalation(top.get("escalation"));
            if (!problems.isEmpty()) {
                throw new IcsFileException(source, problems);
            }
            return new Ics(code, name, zone, sites, escalation);
        }

        private Site site(Object node, String path) {
            Map<?, ?> m = map(node, path);
            if (m == null) {
                return null;
            }
            String code = text(m, "code", path);
            String name = text(m, "name", path);
            String kindName = text(m, "kind", path);
            SiteKind kind = kindName == null ? null : SiteKind.parse(kindName);
            if (kindName != null && kind == null) {
                problems.add(
                        path
                                + ".kind: unknown kind '"
                                + kindName
                                + "' (acute, community, "
                                + "mental-health, care-home, ambulance)");
            }
            boolean ed = Boolean.TRUE.equals(m.get("emergencyDepartment"));
            List<Ward> wards = new ArrayList<>();
            Object wardsNode = m.get("wards");
            if (wardsNode != null && !(wardsNode instanceof List<?>)) {
                problems.add(path + ".wards: must be a list");
            } else if (wardsNode instanceof List<?> list) {
                Set<String> codes = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    Ward ward = ward(list.get(i), path + ".wards[" + i + "]");
                    if (ward != null && !codes.add(ward.code())) {
                        problems.add(
                                path + ".wards[" + i + "]: duplicate ward code " + ward.code());
                    }
                    if (ward != null) {
                        wards.add(ward);
                    }
                }
            }
            return code == null || name == null || kind == null
                    ? null
                    : new Site(code, name, kind, ed, wards);
        }

        private Ward ward(Object node, String path) {
            Map<?, ?> m = map(node, path);
            if (m == null) {
                return null;
            }
            String code = text(m, "code", path);
            String name = text(m, "name", path);
            String categoryName = text(m, "category", path);
            WardCategory category = categoryName == null ? null : WardCategory.parse(categoryName);
            if (categoryName != null && category == null) {
                problems.add(
                        path
                                + ".category: unknown category '"
                                + categoryName
                                + "' (general-acute, "
                                + "critical-care, maternity, paediatric, other)");
            }
            Object beds = m.get("coreBeds");
            if (!(beds instanceof Integer n) || n < 0) {
                problems.add(path + ".coreBeds: a whole number of beds, 0 or more, is required");
                return null;
            }
            return code == null || name == null || category == null
                    ? null
                    : new Ward(code, name, category, n);
        }

        private EscalationTable escalation(Object node) {
            Map<?, ?> m = map(node, "escalation");
            if (m == null) {
                return null;
            }
            String name = text(m, "name", "escalation");
            String source = text(m, "source", "escalation");
            List<Double> bands = ascending(m.get("levelBands"), "escalation.levelBands");
            String methodName = text(m, "icsMethod", "escalation");
            EscalationTable.IcsMethod method =
                    methodName == null ? null : EscalationTable.IcsMethod.parse(methodName);
            if (methodName != null && method == null) {
                problems.add(
                        "escalation.icsMethod: unknown method '"
                                + methodName
                                + "' (bed-weighted-mean, highest)");
            }
            List<EscalationParameter> parameters = new ArrayList<>();
            Object list = m.get("parameters");
            if (!(list instanceof List<?> items) || items.isEmpty()) {
                problems.add("escalation.parameters: a non-empty list is required");
            } else {
                for (int i = 0; i < items.size(); i++) {
                    EscalationParameter parameter =
                            parameter(items.get(i), "escalation.parameters[" + i + "]");
                    if (parameter != null) {
                        parameters.add(parameter);
                    }
                }
                if (parameters.stream().noneMatch(EscalationParameter::available)) {
                    problems.add("escalation.parameters: no parameter FlowBoard can compute");
                }
            }
            return name == null || source == null || bands == null || method == null
                    ? null
                    : new EscalationTable(name, source, parameters, bands, method);
        }

        private EscalationParameter parameter(Object node, String path) {
            Map<?, ?> m = map(node, path);
            if (m == null) {
                return null;
            }
            String metric = text(m, "metric", path);
            String label = text(m, "label", path);
            String note = m.get("note") == null ? "" : m.get("note").toString();
            if (EscalationParameter.UNAVAILABLE.equals(metric)) {
                return label == null
                        ? null
                        : new EscalationParameter(metric, label, 0, List.of(), note);
            }
            if (metric != null && !EscalationParameter.METRICS.contains(metric)) {
                problems.add(
                        path
                                + ".metric: unknown metric '"
                                + metric
                                + "' ("
                                + String.join(
                                        ", ",
                                        EscalationParameter.METRICS.stream().sorted().toList())
                                + ", "
                                + EscalationParameter.UNAVAILABLE
                                + ")");
                metric = null;
            }
            Object weight = m.get("weight");
            if (!(weight instanceof Number w) || w.doubleValue() <= 0) {
                problems.add(path + ".weight: a positive number is required");
                return null;
            }
            List<Double> thresholds = ascending(m.get("thresholds"), path + ".thresholds");
            return metric == null || label == null || thresholds == null
                    ? null
                    : new EscalationParameter(metric, label, w.doubleValue(), thresholds, note);
        }

        /** Three ascending numbers: the steps to 2, 3 and 4. */
        private List<Double> ascending(Object node, String path) {
            if (!(node instanceof List<?> list)
                    || list.size() != 3
                    || !list.stream().allMatch(Number.class::isInstance)) {
                problems.add(path + ": three numbers are required, e.g. [15, 30, 60]");
                return null;
            }
            List<Double> values = list.stream().map(n -> ((Number) n).doubleValue()).toList();
            if (!(values.get(0) < values.get(1) && values.get(1) < values.get(2))) {
                problems.add(path + ": must be in ascending order, got " + list);
                return null;
            }
            return values;
        }

        private ZoneId zone(Object node) {
            if (!(node instanceof String id)) {
                problems.add("ics.timezone: required, e.g. Europe/London");
                return null;
            }
            try {
                return ZoneId.of(id);
            } catch (DateTimeException e) {
                problems.add("ics.timezone: unknown time zone '" + id + "'");
                return null;
            }
        }

        private Map<?, ?> map(Object node, String path) {
            if (node instanceof Map<?, ?> m) {
                return m;
            }
            problems.add(path + ": a mapping is required");
            return null;
        }

        private String text(Map<?, ?> m, String key, String path) {
            Object value = m.get(key);
            if (value == null || value.toString().isBlank()) {
                problems.add(path + "." + key + ": required");
                return null;
            }
            return value.toString();
        }
    }
}
