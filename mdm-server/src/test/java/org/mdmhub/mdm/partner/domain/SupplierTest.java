package org.mdmhub.mdm.partner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mdmhub.mdm.partner.domain.ASupplier.aSupplier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;

/** A supplier's lines keep their ids across versions; clients cannot invent ids; masked IBANs sent back mean "unchanged". */
class SupplierTest {
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
    private static final PartnerRules RULES = new PartnerRules(new KnownCodes());
    private static final String IBAN_1 = "DE89370400440532013000";
    private static final String IBAN_2 = "DE02120300000000202051";

    private static BankAccount account(UUID id, String iban, String holder) {
        return new BankAccount(id, iban, null, holder, null, null);
    }

    @Test
    void aDraftGivesEveryLineAnIdAndKeepsTheirOrder() {
        Supplier supplier = Supplier.draft(aSupplier().bankAccount(IBAN_1).bankAccount(IBAN_2).build(), RULES, NOW);
        List<BankAccount> accounts = supplier.attributes().bankAccounts();
        assertEquals(List.of(IBAN_1, IBAN_2), accounts.stream().map(BankAccount::iban).toList());
        accounts.forEach(a -> assertNotNull(a.id()));
        assertEquals(1, supplier.version());
    }

    @Test
    void aLineSentWithItsIdIsChangedInPlaceAndOneLeftOutIsRemoved() {
        Supplier supplier = Supplier.draft(aSupplier().bankAccount(IBAN_1).bankAccount(IBAN_2).build(), RULES, NOW);
        List<BankAccount> before = supplier.attributes().bankAccounts();
        UUID first = before.get(0).id();

        supplier.revise(aSupplier().bankAccount(account(null, "NL91ABNA0417164300", "Acme NL"))
                .bankAccount(account(first, IBAN_1, "Acme Holding")).build(), RULES, NOW.plusSeconds(60));

        List<BankAccount> after = supplier.attributes().bankAccounts();
        assertEquals(List.of("NL91ABNA0417164300", IBAN_1), after.stream().map(BankAccount::iban).toList());
        assertEquals(first, after.get(1).id());
        assertEquals("Acme Holding", after.get(1).accountHolder());
        assertEquals(2, supplier.version());
    }

    @Test
    void aClientCannotInventALineIdNorNameOneTwice() {
        UUID invented = UUID.randomUUID();
        MdmException onCreate = assertThrows(MdmException.class, () ->
                Supplier.draft(aSupplier().bankAccount(account(invented, IBAN_1, "Acme")).build(), RULES, NOW));
        assertEquals(List.of("bankAccounts[0].id"), onCreate.errors().stream().map(FieldError::field).toList());

        Supplier supplier = Supplier.draft(aSupplier().bankAccount(IBAN_1).build(), RULES, NOW);
        UUID id = supplier.attributes().bankAccounts().get(0).id();
        MdmException twice = assertThrows(MdmException.class, () -> supplier.revise(aSupplier()
                .bankAccount(account(id, IBAN_1, "Acme")).bankAccount(account(id, IBAN_2, "Acme")).build(), RULES, NOW));
        assertEquals(List.of("bankAccounts[1].id"), twice.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theSupplierNumberNeverChanges() {
        Supplier supplier = Supplier.draft(aSupplier().build(), RULES, NOW);
        MdmException e = assertThrows(MdmException.class, () -> supplier.revise(aSupplier().number("S-2").build(), RULES, NOW));
        assertEquals("supplierNumber", e.errors().get(0).field());
        assertEquals(1, supplier.version());
    }

    @Test
    void theMaskedIbanOfAnAccountSentBackWithItsIdKeepsTheStoredIban() {
        Supplier supplier = Supplier.draft(aSupplier().bankAccount(IBAN_1).build(), RULES, NOW);
        UUID id = supplier.attributes().bankAccounts().get(0).id();

        SupplierAttributes asRead = aSupplier().bankAccount(account(id, "DE89 **** **** **** **30 00", "Acme")).build();
        assertEquals(IBAN_1, supplier.unmasking(asRead).bankAccounts().get(0).iban());

        // the mask of some other IBAN, or a masked IBAN for a new account, stays masked (and the rules refuse it)
        SupplierAttributes otherMask = aSupplier().bankAccount(account(id, "DE02 **** **** **** **20 51", "Acme"))
                .bankAccount(account(null, "DE89 **** **** **** **30 00", "Acme")).build();
        List<BankAccount> unmasked = supplier.unmasking(otherMask).bankAccounts();
        assertEquals(List.of(true, true), unmasked.stream().map(BankAccount::hasMaskedIban).toList());
    }

    @Test
    void identifiersAreKeptInTheirCompactForm() {
        SupplierAttributes a = aSupplier().vatId("de 136.695-976").bankAccount("de89 3704 0044 0532 0130 00").build();
        assertEquals("DE136695976", a.vatId());
        assertEquals(IBAN_1, a.bankAccounts().get(0).iban());
    }
}
