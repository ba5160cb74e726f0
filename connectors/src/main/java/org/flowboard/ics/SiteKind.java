package org.flowboard.ics;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of care setting in an ICS file. */
public enum SiteKind {
    ACUTE("acute"),
    COMMUNITY("community"),
    MENTAL_HEALTH("mental-health"),
    CARE_HOME("care-home"),
    AMBULANCE("ambulance");

    private final String yamlName;

    SiteKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    static SiteKind parse(String name) {
        for (SiteKind kind : values()) {
            if (kind.yamlName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
