package io.ziar.nlp.pipeline.personal;

/** Personal data found in a text: its kind, the characters and where they are (end exclusive). */
public record PersonalData(Kind kind, String text, int start, int end) {

    public enum Kind { IBAN, EMAIL, PHONE }
}
