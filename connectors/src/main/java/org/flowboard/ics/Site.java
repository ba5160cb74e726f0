package org.flowboard.ics;

import java.util.List;
import java.util.Optional;

/** A care setting of the ICS, by ODS site code. */
public record Site(
        String code, String name, SiteKind kind, boolean emergencyDepartment, List<Ward> wards)
        implements java.io.Serializable {

    public Site {
        wards = List.copyOf(wards);
    }

    public Optional<Ward> ward(String wardCode) {
        for (Ward ward : wards) {
            if (ward.code().equals(wardCode)) {
                return Optional.of(ward);
            }
        }
        return Optional.empty();
    }
}
