package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A named entity found in an article body; offsets are into the body, end exclusive. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entity(String text, String label, String canonical, int start, int end) {
}
