package org.flowboard.dashboard.security;

/** Who uses FlowBoard: the control room, ambulance crews, managers. */
public enum Role {
    CONTROL,
    PARAMEDIC,
    MANAGER
}
