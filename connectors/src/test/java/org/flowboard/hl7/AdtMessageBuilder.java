package org.flowboard.hl7;

/**
 * Builds ADT messages field by field for tests, with realistic (fictional) patient identifiers so
 * that tests can check none of them leaves the connector.
 */
final class AdtMessageBuilder {

    static final String NHS_NUMBER = "9434765919";
    static final String FAMILY_NAME = "SMITHSON";
    static final String GIVEN_NAME = "PRUDENCE";
    static final String BIRTH_DATE = "19470312";
    static final String STREET = "12 LARCH AVENUE";
    static final String POSTCODE = "NV1 4QT";

    private String sendingApp = "PAS";
    private String sendingFacility = "RZZ01";
    private String trigger = "A01";
    private String controlId = "MSG0001";
    private String version = "2.4";
    private String messageTime = "202603020805";
    private String evn2 = "";
    private String evn6 = "";
    private boolean withEvn = true;
    private String patientClass = "I";
    private String ward = "NG-A1";
    private String bed = "B07";
    private String facility = "RZZ01";
    private String visitNumber = "V0001";
    private String accountNumber = "";
    private String messageType = "ADT";
    private String separator = "\r";

    static AdtMessageBuilder adt(String trigger) {
        AdtMessageBuilder b = new AdtMessageBuilder();
        b.trigger = trigger;
        return b;
    }

    AdtMessageBuilder sender(String app, String facility) {
        this.sendingApp = app;
        this.sendingFacility = facility;
        return this;
    }

    AdtMessageBuilder messageType(String type) {
        this.messageType = type;
        return this;
    }

    AdtMessageBuilder controlId(String id) {
        this.controlId = id;
        return this;
    }

    AdtMessageBuilder version(String v) {
        this.version = v;
        return this;
    }

    AdtMessageBuilder messageTime(String hl7Time) {
        this.messageTime = hl7Time;
        return this;
    }

    AdtMessageBuilder recorded(String hl7Time) {
        this.evn2 = hl7Time;
        return this;
    }

    AdtMessageBuilder occurred(String hl7Time) {
        this.evn6 = hl7Time;
        return this;
    }

    AdtMessageBuilder withoutEvn() {
        this.withEvn = false;
        return this;
    }

    AdtMessageBuilder patientClass(String c) {
        this.patientClass = c;
        return this;
    }

    AdtMessageBuilder location(String ward, String bed, String facility) {
        this.ward = ward;
        this.bed = bed;
        this.facility = facility;
        return this;
    }

    AdtMessageBuilder visit(String visit) {
        this.visitNumber = visit;
        return this;
    }

    AdtMessageBuilder account(String account) {
        this.accountNumber = account;
        return this;
    }

    /** Segment separator: CR (standard), LF or CRLF. */
    AdtMessageBuilder separator(String s) {
        this.separator = s;
        return this;
    }

    String build() {
        StringBuilder m = new StringBuilder();
        m.append("MSH|^~\\&|")
                .append(sendingApp)
                .append('|')
                .append(sendingFacility)
                .append("|FLOWBOARD|QZZ|")
                .append(messageTime)
                .append("||")
                .append(messageType)
                .append('^')
                .append(trigger)
                .append('|')
                .append(controlId)
                .append("|P|")
                .append(version)
                .append(separator);
        if (withEvn) {
            m.append("EVN|").append(trigger).append('|').append(evn2).append("||||");
            m.append(evn6).append(separator);
        }
        m.append("PID|1||")
                .append(NHS_NUMBER)
                .append("^^^NHS^NH||")
                .append(FAMILY_NAME)
                .append('^')
                .append(GIVEN_NAME)
                .append("||")
                .append(BIRTH_DATE)
                .append("|F|||")
                .append(STREET)
                .append("^^NORTHVALE^^")
                .append(POSTCODE)
                .append("^GBR|||||||")
                .append(accountNumber)
                .append(separator);
        m.append("PV1|1|")
                .append(patientClass)
                .append('|')
                .append(ward)
                .append("^^")
                .append(bed)
                .append('^')
                .append(facility)
                .append("||||||||||||||||")
                .append(visitNumber)
                .append(separator);
        return m.toString();
    }
}
