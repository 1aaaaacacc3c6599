package org.mdmhub.mdm.bom.domain;

/**
 * How a BOM is used: MANUFACTURE is built by a production order; KIT is sold or shipped as its components;
 * PHANTOM is a transient assembly whose components are pulled into the next level up (Odoo's normal, kit
 * and phantom BoM types).
 */
public enum BomType { MANUFACTURE, KIT, PHANTOM }
