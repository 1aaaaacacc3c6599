/**
 * The item REST resource and its request/response records. Views are built from the {@code ItemSnapshot}s the use
 * cases take inside their transaction; entities never reach this package.
 */
package org.mdmhub.mdm.item.api;
