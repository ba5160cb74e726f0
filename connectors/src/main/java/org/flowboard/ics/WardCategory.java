package org.flowboard.ics;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Ward categories; only {@link #GENERAL_ACUTE} beds count towards bed occupancy (DESIGN.md section
 * 6).
 */
public enum WardCategory {
    GENERAL_ACUTE("general-acute"),
    CRITICAL_CARE("critical-care"),
    MATERNITY("maternity"),
    PAEDIATRIC("paediatric"),
    OTHER("other");

    private final String yamlName;

    WardCategory(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    static WardCategory parse(String name) {
        for (WardCategory category : values()) {
            if (category.yamlName.equals(name)) {
                return category;
            }
        }
        return null;
    }
}
