/**
 * What a batch is and what became of its records: {@link org.mdmhub.mdm.inbound.domain.InboundBatch},
 * {@link org.mdmhub.mdm.inbound.domain.RecordResult} and the {@link org.mdmhub.mdm.inbound.domain.InboundBatches}
 * store.
 */
package org.mdmhub.mdm.inbound.domain;
