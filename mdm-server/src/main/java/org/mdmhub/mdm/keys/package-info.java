/**
 * The key cross-reference: every golden record's keys in the systems around the hub (the key in the system it came
 * from, and the external id and database id at each Odoo subscription that received it), read by golden id or
 * resolved from a system's key back to the golden record.
 */
package org.mdmhub.mdm.keys;
