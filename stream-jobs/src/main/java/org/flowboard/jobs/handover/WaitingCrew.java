package org.flowboard.jobs.handover;

/**
 * A crew waiting to hand over: its call sign (never patient details) and when it arrived, epoch ms.
 */
public record WaitingCrew(String callSign, long arrived) {}
