package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A quotation with the person it is attributed to; offsets are into the body, end exclusive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(String text, String speaker, int start, int end) {
}
