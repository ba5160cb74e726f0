package org.flowboard.events;

/** Open beds in one ward from the bed manager: core beds open and escalation beds open. */
public record CapacityDetail(String ward, int openCore, int openEscalation) {}
