/**
 * JPA and SQL implementations of the BOM repositories: {@code Boms}, the bulk history reader over the
 * Envers tables, and the references a BOM's rules look up — among them the recursive cycle check.
 */
package org.mdmhub.mdm.bom.persistence;
