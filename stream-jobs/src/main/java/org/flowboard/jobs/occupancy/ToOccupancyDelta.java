package org.flowboard.jobs.occupancy;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.flowboard.jobs.encounter.EncounterChange;

/**
 * An ADT event's change to its encounter as a move between wards. Sent even when nobody moved, so
 * the site's figures still say how far its events reach; a criteria-to-reside event moves nobody
 * and is not occupancy's news.
 */
final class ToOccupancyDelta implements FlatMapFunction<EncounterChange, OccupancyDelta> {

    @Override
    public void flatMap(EncounterChange change, Collector<OccupancyDelta> out) {
        if (change.adt()) {
            out.collect(
                    new OccupancyDelta(
                            change.site(),
                            change.wardBefore(),
                            change.stay().ward(),
                            change.latestAdt()));
        }
    }
}
