package org.flowboard.events;

/**
 * An ambulance incident at an emergency department: the incident id and the vehicle's call sign.
 */
public record AmbulanceDetail(String incident, String callSign) {}
