/**
 * The Odoo adapter: delivers released items, BOMs, suppliers and customers to Odoo over its external
 * JSON-RPC API, upserting by external id ({@code mdm.<domain>_<golden id>}) with one {@code load} call per
 * model and batch, and reads Odoo back to report drift. Every Odoo model and field name lives in one mapping
 * per Odoo version ({@link org.mdmhub.mdm.publication.odoo.Odoo17Mapping}). See docs/odoo.md.
 */
package org.mdmhub.mdm.publication.odoo;
