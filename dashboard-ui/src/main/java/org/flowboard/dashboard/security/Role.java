package org.flowboard.dashboard.security;

/**
 * Who uses FlowBoard: the control room (wallboard, flow), ambulance crews (handover board),
 * managers (everything but user administration), administrators (users).
 */
public enum Role {
    CONTROL,
    PARAMEDIC,
    MANAGER,
    ADMIN
}
