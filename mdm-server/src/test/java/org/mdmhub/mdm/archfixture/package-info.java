/**
 * Classes that break the architecture rules on purpose, one rule each, so that {@code ArchitectureRulesTest} can
 * show every rule catches what it is meant to catch. They sit under src/test and are never part of the
 * application: {@code ArchitectureTest} analyses main classes only.
 */
package org.mdmhub.mdm.archfixture;
