/**
 * The BOM REST resources — {@code /boms} and an item's {@code /where-used} — and their request/response
 * records. Views are built from the {@code BomSnapshot}s the use cases take inside their transaction; entities
 * never reach this package.
 */
package org.mdmhub.mdm.bom.api;
