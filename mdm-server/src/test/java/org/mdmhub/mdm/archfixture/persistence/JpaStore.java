package org.mdmhub.mdm.archfixture.persistence;

/** A stand-in for a JPA repository implementation, for {@code application.UsesAJpaRepository} to name. */
public class JpaStore {
}
