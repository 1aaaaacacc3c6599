/**
 * Time for the whole hub: the CDI producer of the {@link java.time.Clock} that use cases, adapters and the
 * dispatcher inject, so that no main code reads the system clock directly and tests can choose the instants.
 */
package org.mdmhub.mdm.platform.time;
