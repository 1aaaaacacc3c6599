/**
 * The golden-record core that items, BOMs, suppliers and customers share: the lifecycle envelope and its verbs
 * ({@link org.mdmhub.mdm.golden.domain.GoldenRecord}), the one way to replace a record's child lines while
 * keeping their ids ({@link org.mdmhub.mdm.golden.domain.ChildLines}), and where a record came from
 * ({@link org.mdmhub.mdm.golden.domain.SourceRef}). A domain package adds its content and rules on top.
 */
package org.mdmhub.mdm.golden.domain;
