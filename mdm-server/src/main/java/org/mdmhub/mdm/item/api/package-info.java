/** The item REST resource and its request/response records; entities never leave this package as JSON. */
package org.mdmhub.mdm.item.api;
