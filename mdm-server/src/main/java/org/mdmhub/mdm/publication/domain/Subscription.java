package org.mdmhub.mdm.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.mdmhub.mdm.lifecycle.domain.RecordType;

/**
 * A target system and what it wants: which domains, which records of them (a filter on facets such as item
 * type or plant), whether it may see sensitive fields, and how hard to try. Audited like golden records,
 * except the secret, which is kept encrypted and never shown.
 *
 * <p>Filter, config and mappings are JSON objects kept as text ({@code {"itemType":["finished"]}},
 * {@code {"url":"…"}}, {@code {"unit":{"C62":"uom.product_uom_unit"}}}); the application layer reads them.
 */
@Entity
@Table(name = "subscription")
@Audited
public class Subscription {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, updatable = false)
    private TargetType targetType;

    @Column(name = "domains", nullable = false)
    private String domains;

    @Column(name = "filter", nullable = false)
    private String filter;

    @Column(name = "config", nullable = false)
    private String config;

    @Column(name = "mappings", nullable = false)
    private String mappings;

    @NotAudited
    @Column(name = "secret_ciphertext")
    private String secretCiphertext;

    @Column(name = "include_sensitive", nullable = false)
    private boolean includeSensitive;

    @Column(name = "max_attempts", nullable = false)
    private int maxAttempts;

    @Column(name = "initial_backoff_ms", nullable = false)
    private long initialBackoffMs;

    @Column(name = "max_backoff_ms", nullable = false)
    private long maxBackoffMs;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Subscription() {
        // for JPA
    }

    /** What an admin sets; the secret travels apart because it is stored encrypted and never read back. */
    public record Settings(String name, Set<RecordType> domains, String filterJson, String configJson,
                           String mappingsJson, boolean includeSensitive, RetryPolicy retry, boolean active) {
        public Settings {
            Objects.requireNonNull(name);
            Objects.requireNonNull(retry);
            domains = EnumSet.copyOf(domains);
        }
    }

    public static Subscription create(TargetType type, Settings settings, String secretCiphertext, Instant now) {
        Subscription s = new Subscription();
        s.id = UUID.randomUUID();
        s.targetType = Objects.requireNonNull(type);
        s.createdAt = now;
        s.apply(settings, now);
        s.secretCiphertext = secretCiphertext;
        return s;
    }

    public void apply(Settings settings, Instant now) {
        name = settings.name();
        domains = settings.domains().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        filter = settings.filterJson();
        config = settings.configJson();
        mappings = settings.mappingsJson();
        includeSensitive = settings.includeSensitive();
        maxAttempts = settings.retry().maxAttempts();
        initialBackoffMs = settings.retry().initialBackoff().toMillis();
        maxBackoffMs = settings.retry().maxBackoff().toMillis();
        active = settings.active();
        updatedAt = now;
    }

    /** A new secret (already encrypted); {@code null} keeps the one set before. */
    public void replaceSecret(String ciphertext) {
        if (ciphertext != null) {
            secretCiphertext = ciphertext;
        }
    }

    public boolean wants(RecordType domain) {
        return domains().contains(domain);
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public TargetType targetType() { return targetType; }
    public String filterJson() { return filter; }
    public String configJson() { return config; }
    public String mappingsJson() { return mappings; }
    public String secretCiphertext() { return secretCiphertext; }
    public boolean hasSecret() { return secretCiphertext != null; }
    public boolean includeSensitive() { return includeSensitive; }
    public boolean active() { return active; }
    public long lockVersion() { return lockVersion; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    public RetryPolicy retry() {
        return new RetryPolicy(maxAttempts, Duration.ofMillis(initialBackoffMs), Duration.ofMillis(maxBackoffMs));
    }

    public Set<RecordType> domains() {
        return Arrays.stream(domains.split(",")).map(RecordType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordType.class)));
    }
}
