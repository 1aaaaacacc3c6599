/**
 * The BOM aggregate ({@code Bom} with its {@code BomLine}s), its attributes as value objects, the rules a
 * BOM must satisfy on every save ({@code BomRules}: components exist, units convert, effectivity nests, no
 * cycle through any chain of BOMs), and the interfaces it needs from outside: the {@code Boms} repository,
 * its {@code BomHistory}, and {@code BomReferences} — the items, units, plants and BOM structure a BOM
 * points into. No framework beyond JPA/Envers mapping annotations lives here (an ArchUnit test checks).
 */
package org.mdmhub.mdm.bom.domain;
