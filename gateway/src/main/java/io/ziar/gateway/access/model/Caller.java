package io.ziar.gateway.access.model;

/** The key a request was made with, once verified. */
public record Caller(String keyId, Role role) {
}
