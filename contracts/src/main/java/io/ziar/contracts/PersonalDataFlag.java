package io.ziar.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Personal data found in an article body (kind IBAN, EMAIL or PHONE); offsets into the body, end
 * exclusive. The text itself stays in the body only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PersonalDataFlag(String kind, int start, int end) {
}
