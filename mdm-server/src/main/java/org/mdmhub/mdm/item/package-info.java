/** The item golden record: domain, use cases, persistence and REST API. */
package org.mdmhub.mdm.item;
