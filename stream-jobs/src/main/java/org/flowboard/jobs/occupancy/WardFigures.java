package org.flowboard.jobs.occupancy;

import org.jspecify.annotations.Nullable;

/** Occupancy of one ward. */
public record WardFigures(int openBeds, int occupiedBeds, @Nullable Double occupancyPct) {}
