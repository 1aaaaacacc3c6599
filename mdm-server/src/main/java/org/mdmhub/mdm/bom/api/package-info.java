/**
 * The BOM REST resources — {@code /boms} and an item's {@code /where-used} — and their request/response
 * records; entities never leave this package as JSON.
 */
package org.mdmhub.mdm.bom.api;
