/**
 * BOM use cases: thin transactional services that load the aggregate, check the rules, call its verbs and
 * store it ({@code BomDrafting}), and read BOMs, their history and where an item is used ({@code BomCatalog}).
 */
package org.mdmhub.mdm.bom.application;
