/**
 * Receiving a batch (the body spooled to a file and digested, the key claimed, the records staged), processing it in
 * chunks of one transaction each (items, suppliers and customers before the BOMs that may name them), and reading
 * its results. Each golden-record domain takes its own records through the {@link
 * org.mdmhub.mdm.inbound.application.SourceRecords} port.
 */
package org.mdmhub.mdm.inbound.application;
