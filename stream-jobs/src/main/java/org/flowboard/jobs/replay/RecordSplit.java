package org.flowboard.jobs.replay;

import org.apache.flink.api.connector.source.lib.util.IteratorSourceSplit;

/**
 * One recorded file to read, and how many of its records were already emitted (the position a
 * restore would resume from).
 */
record RecordSplit(Feed feed, String path, long skip)
        implements IteratorSourceSplit<RawRecord, RecordIterator>, java.io.Serializable {

    @Override
    public String splitId() {
        return feed.name();
    }

    @Override
    public RecordIterator getIterator() {
        return RecordIterator.open(this);
    }

    @Override
    public IteratorSourceSplit<RawRecord, RecordIterator> getUpdatedSplitForIterator(
            RecordIterator iterator) {
        return new RecordSplit(feed, path, iterator.emitted());
    }
}
