package org.flowboard.hl7;

import java.util.List;
import org.flowboard.events.FlowEvent;

/** What {@link AdtMapper} made of one message: events to publish, or a refusal with its reason. */
public sealed interface AdtResult {

    /**
     * The message is usable. It may yield no event (A08 and other triggers that do not move
     * encounters) and may carry data-quality issues (an unknown site or ward) that do not stop it.
     */
    record Accepted(List<FlowEvent> events, List<String> dataQualityIssues) implements AdtResult {
        public Accepted {
            events = List.copyOf(events);
            dataQualityIssues = List.copyOf(dataQualityIssues);
        }
    }

    /** The message cannot be used; {@code reason} tells the sending team what to fix. */
    record Rejected(Refusal refusal, String reason) implements AdtResult {}
}
