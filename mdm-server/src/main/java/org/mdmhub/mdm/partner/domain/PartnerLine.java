package org.mdmhub.mdm.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.envers.Audited;

/**
 * One line of a partner's list (an address, a contact, a bank account): a row of its own with a stable id,
 * so that a client can change a line in place and the history diff follows it across versions, and with its
 * place in the list the steward gave. Lines change only through their partner.
 *
 * @param <V> the value the line holds
 */
@MappedSuperclass
@Audited
public abstract class PartnerLine<V> {
    @Id
    private UUID id;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected PartnerLine() {
        // for JPA
    }

    PartnerLine(UUID id) {
        this.id = id;
    }

    public UUID id() { return id; }

    int position() { return position; }

    /** The line's content, with its id. */
    public abstract V value();

    final void update(V value, int newPosition) {
        position = newPosition;
        apply(value);
    }

    abstract void apply(V value);
}
