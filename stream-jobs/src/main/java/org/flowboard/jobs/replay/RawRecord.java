package org.flowboard.jobs.replay;

/**
 * One unparsed message of a recorded feed: an HL7 message, or one JSON line. Parsing happens in the
 * job, in parallel, not in the reader.
 */
public record RawRecord(Feed feed, String text) {}
