package org.flowboard.fhir;

import java.util.List;
import org.flowboard.events.FlowEvent;

/**
 * What an Encounter means for FlowBoard: the canonical events it implies, or the problems that make
 * it unusable (each with the FHIRPath of the element at fault, for an OperationOutcome).
 */
public record EncounterMapping(List<FlowEvent> events, List<Problem> problems) {

    public EncounterMapping {
        events = List.copyOf(events);
        problems = List.copyOf(problems);
    }

    public boolean isUsable() {
        return problems.isEmpty();
    }

    /** One reason an Encounter cannot be used, at an element of it. */
    public record Problem(String expression, String diagnostics) {}

    static EncounterMapping of(List<FlowEvent> events) {
        return new EncounterMapping(events, List.of());
    }

    static EncounterMapping refused(String expression, String diagnostics) {
        return new EncounterMapping(List.of(), List.of(new Problem(expression, diagnostics)));
    }
}
