package io.ziar.gateway.access.model;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An API key as stored: its SHA-256 (hex), never the key. A revoked key keeps its row. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "key_hash")
    public String keyHash;
    /** The key's first characters, so that its owner can tell it apart in a list. */
    public String hint;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
}
