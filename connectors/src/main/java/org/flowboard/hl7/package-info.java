/**
 * HL7 v2 ADT over MLLP into canonical events (DESIGN.md sections 1, 3 and 6).
 *
 * <p>The feature's API: {@link org.flowboard.hl7.MllpListener#start(org.flowboard.ics.Ics,
 * org.flowboard.privacy.Pseudonymiser, java.util.Map, String, org.flowboard.hl7.MllpSettings)}
 * (closed with {@code close()}), its {@link org.flowboard.hl7.MllpListener#feedHealth()} for the
 * feed-health view, and {@link org.flowboard.hl7.AdtMapper} for batch use (the replay reads ADT
 * files with it).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>{@code AA} only after Kafka acknowledged the events (acks=all, idempotent producer, bounded
 *       wait); otherwise {@code AR} so the sender resends. A resend of an accepted control id (per
 *       {@code MSH-3.1/MSH-4.1} sender) is answered {@code AA} and not written again, from a
 *       bounded in-memory LRU; the jobs de-duplicate by source id behind it.
 *   <li>A refused message gets {@code AE} (content) or {@code AR} (type, size, store down) with the
 *       reason in MSA-3 and ERR, and its raw bytes go to {@code flow.deadletter}.
 *   <li>Own MLLP framing with size, connection and time limits. Fields are read by {@link
 *       org.flowboard.hl7.Er7Message}, a strict reader some thirty times faster than HAPI; a
 *       message outside its strict subset is parsed by HAPI (canonical v2.5.1 model, validation
 *       off), which stays the reference ({@code AdtMapper.usingHapi}) that tests compare against,
 *       and HAPI's client is what the tests send with.
 *   <li>Recorded feeds: {@link org.flowboard.hl7.Hl7FileReader} splits a file of messages (plain or
 *       MLLP-framed) for the replay; {@link org.flowboard.hl7.Hl7Writer} writes canonical ADT
 *       events as ADT messages (load tests, and the simulator over MLLP).
 * </ul>
 */
@NullMarked
package org.flowboard.hl7;

import org.jspecify.annotations.NullMarked;
