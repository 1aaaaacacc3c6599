package org.mdmhub.mdm.archfixture.application;

import org.mdmhub.mdm.archfixture.persistence.JpaStore;

/** Breaks "application does not reach into persistence": a use case that names a persistence class. */
public class UsesAJpaRepository {
    JpaStore store;
}
