package io.ziar.gateway.access.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a key may do; each role includes the ones before it.
 * <ul>
 *   <li>{@code reader}: search, read articles and jobs, analyse a text (stores nothing);</li>
 *   <li>{@code ingester}: also submit articles;</li>
 *   <li>{@code admin}: also create, list and revoke keys.</li>
 * </ul>
 */
public enum Role {
    READER, INGESTER, ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    /** The name clients use: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromWire(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.wireName().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
