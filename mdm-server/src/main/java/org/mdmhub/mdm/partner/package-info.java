/**
 * The business-partner golden records, suppliers and customers: domain, use cases, persistence and REST API.
 * They share their value objects (addresses, contacts) and their rules about VAT ids and countries.
 */
package org.mdmhub.mdm.partner;
