package io.ziar.contracts.api;

import java.util.List;

/** Entities with a word of the canonical name that starts with what was typed, most written about first. */
public record EntitySuggestions(List<Suggestion> entities) {

    /** {@code articles}: how many articles name it. */
    public record Suggestion(String canonical, String label, long articles) {
    }
}
