package org.flowboard.jobs.replay;

import java.util.Collection;
import java.util.List;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.connector.source.SourceReader;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.api.connector.source.SplitEnumerator;
import org.apache.flink.api.connector.source.SplitEnumeratorContext;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceEnumerator;
import org.apache.flink.api.connector.source.lib.util.IteratorSourceReader;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A bounded source of the raw records of recorded files, one split per file. It only splits text
 * into messages; parsing is the next operator's, so that it can run in parallel.
 */
final class RecordSource implements Source<RawRecord, RecordSplit, Collection<RecordSplit>> {

    private final List<RecordSplit> splits;

    RecordSource(List<RecordSplit> splits) {
        this.splits = List.copyOf(splits);
    }

    @Override
    public Boundedness getBoundedness() {
        return Boundedness.BOUNDED;
    }

    @Override
    public SourceReader<RawRecord, RecordSplit> createReader(SourceReaderContext context) {
        return new IteratorSourceReader<>(context);
    }

    @Override
    public SplitEnumerator<RecordSplit, Collection<RecordSplit>> createEnumerator(
            SplitEnumeratorContext<RecordSplit> context) {
        return new IteratorSourceEnumerator<>(context, splits);
    }

    @Override
    public SplitEnumerator<RecordSplit, Collection<RecordSplit>> restoreEnumerator(
            SplitEnumeratorContext<RecordSplit> context, Collection<RecordSplit> checkpoint) {
        return new IteratorSourceEnumerator<>(context, checkpoint);
    }

    @Override
    public SimpleVersionedSerializer<RecordSplit> getSplitSerializer() {
        return new RecordSplitSerializer();
    }

    @Override
    public SimpleVersionedSerializer<Collection<RecordSplit>> getEnumeratorCheckpointSerializer() {
        return new RecordSplitSerializer.Pending();
    }
}
