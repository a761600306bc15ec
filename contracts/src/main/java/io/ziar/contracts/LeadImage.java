package io.ziar.contracts;

/** The page's main picture, as its metadata names it: its address, caption and credit (each may be null). */
public record LeadImage(String url, String caption, String credit) {
}
