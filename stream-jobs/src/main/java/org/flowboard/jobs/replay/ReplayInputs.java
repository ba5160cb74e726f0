package org.flowboard.jobs.replay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The recorded files of one replay: ADT is required, the JSON-lines feeds are optional. */
public record ReplayInputs(
        Path adt, @Nullable Path ambulance, @Nullable Path capacity, @Nullable Path readiness) {

    List<RecordSplit> splits() {
        List<RecordSplit> splits = new ArrayList<>();
        splits.add(split(Feed.ADT, adt));
        if (ambulance != null) {
            splits.add(split(Feed.AMBULANCE, ambulance));
        }
        if (capacity != null) {
            splits.add(split(Feed.CAPACITY, capacity));
        }
        if (readiness != null) {
            splits.add(split(Feed.READINESS, readiness));
        }
        return splits;
    }

    /** Every file, for totals (progress) and checks. */
    public List<Path> files() {
        return splits().stream().map(s -> Path.of(s.path())).toList();
    }

    private static RecordSplit split(Feed feed, Path file) {
        return new RecordSplit(feed, file.toAbsolutePath().toString(), 0);
    }
}
