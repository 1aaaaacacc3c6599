/**
 * {@code JdbcGoldenKeys}: the keys read in SQL from the four record tables (their {@code source_system},
 * {@code source_key} and revision columns) and from {@code odoo_key_map}.
 */
package org.mdmhub.mdm.keys.persistence;
