/**
 * What a key is and who may see it: {@code SourceKey}, {@code TargetKey}, {@code RecordKeys}, {@code ExternalId}
 * (the hub's own name for a record at targets that key by name), {@code KeyVisibility} (a service account sees only
 * its own system) and the {@code GoldenKeys} repository interface. No framework lives here.
 */
package org.mdmhub.mdm.keys.domain;
