package org.flowboard.hl7;

/**
 * Why a message was refused, with the ACK code it gets and the HL7 error code (table 0357) for the
 * ERR segment.
 *
 * <p>{@code AE} (application error) says the content is wrong and resending it unchanged will not
 * help; {@code AR} (application reject) says this receiver cannot take it now or ever as it stands
 * (not ADT, too large, or our store unavailable: resend later).
 */
public enum Refusal {
    NOT_HL7("AR", "100", "Segment sequence error"),
    EMPTY_CONTROL_ID("AE", "101", "Required field missing"),
    NOT_ADT("AR", "200", "Unsupported message type"),
    NO_TRIGGER("AE", "201", "Unsupported event code"),
    UNPARSEABLE("AE", "102", "Data type error"),
    NO_VISIT_NUMBER("AE", "101", "Required field missing"),
    NO_EVENT_TIME("AE", "102", "Data type error"),
    NO_SITE("AE", "101", "Required field missing"),
    NO_WARD("AE", "101", "Required field missing"),
    TOO_LARGE("AR", "207", "Application internal error"),
    NOT_STORED("AR", "207", "Application internal error");

    private final String ackCode;
    private final String errorCode;
    private final String errorText;

    Refusal(String ackCode, String errorCode, String errorText) {
        this.ackCode = ackCode;
        this.errorCode = errorCode;
        this.errorText = errorText;
    }

    /** MSA-1: {@code AE} or {@code AR}. */
    public String ackCode() {
        return ackCode;
    }

    /** HL7 table 0357 code for ERR-3. */
    public String errorCode() {
        return errorCode;
    }

    public String errorText() {
        return errorText;
    }
}
