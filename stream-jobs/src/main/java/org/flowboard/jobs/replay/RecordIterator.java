package org.flowboard.jobs.replay;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.flowboard.hl7.Hl7FileReader;
import org.jspecify.annotations.Nullable;

/**
 * The records of one file, read lazily: HL7 messages for ADT, non-blank lines for the JSON feeds.
 * Closes the file when it is exhausted (the source reader never closes iterators).
 */
final class RecordIterator implements Iterator<RawRecord> {

    private final Feed feed;
    private final @Nullable Hl7FileReader hl7;
    private final @Nullable BufferedReader lines;
    private long emitted;
    private long reported;
    private @Nullable String next;
    private boolean done;

    private RecordIterator(Feed feed, InputStream in) {
        this.feed = feed;
        if (feed == Feed.ADT) {
            this.hl7 = new Hl7FileReader(in);
            this.lines = null;
        } else {
            this.hl7 = null;
            this.lines =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }
    }

    static RecordIterator open(RecordSplit split) {
        try {
            RecordIterator iterator =
                    new RecordIterator(split.feed(), Files.newInputStream(Path.of(split.path())));
            for (long i = 0; i < split.skip() && iterator.hasNext(); i++) {
                iterator.next();
            }
            return iterator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split.path(), e);
        }
    }

    long emitted() {
        return emitted;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            try {
                next = read();
                if (next == null) {
                    done = true;
                    close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the " + feed + " file", e);
            }
        }
        return next != null;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String text = next;
        next = null;
        emitted++;
        ReplayProgress.addRecord();
        return new RawRecord(feed, text);
    }

    private @Nullable String read() throws IOException {
        if (hl7 != null) {
            String message = hl7.next();
            ReplayProgress.addBytes(hl7.bytesRead() - reported);
            reported = hl7.bytesRead();
            return message;
        }
        String line;
        do {
            line = lines.readLine();
            if (line != null) {
                // Characters, not bytes: close enough for a progress bar.
                ReplayProgress.addBytes(line.length() + 1L);
            }
        } while (line != null && line.isBlank());
        return line;
    }

    private void close() throws IOException {
        if (hl7 != null) {
            hl7.close();
        } else {
            lines.close();
        }
    }
}
