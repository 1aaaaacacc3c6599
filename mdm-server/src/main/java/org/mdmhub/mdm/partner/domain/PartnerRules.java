package org.mdmhub.mdm.partner.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.mdmhub.mdm.platform.problem.FieldError;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.quality.checkdigit.Iban;
import org.mdmhub.mdm.quality.format.Bic;
import org.mdmhub.mdm.quality.format.ContactFormats;
import org.mdmhub.mdm.quality.format.VatIds;

/**
 * The rules a supplier or customer must satisfy beyond its JSON shape, checked on every save: a VAT id in
 * the format of the partner's country, country, currency and Incoterms codes that exist in the reference
 * tables, plausible e-mail addresses and phone numbers, IBANs that pass ISO 13616 (length of their country
 * and MOD 97) and BICs that pass ISO 9362. Errors name the field as the request has it, with the index of a
 * list entry: {@code bankAccounts[1].iban}.
 */
public final class PartnerRules {
    private final ReferenceCodes codes;

    public PartnerRules(ReferenceCodes codes) {
        this.codes = Objects.requireNonNull(codes);
    }

    /** Refuses a supplier that breaks a rule, naming every field at fault. */
    public void require(SupplierAttributes supplier) {
        MdmException.refuseAny(violations(supplier));
    }

    /** Refuses a customer that breaks a rule, naming every field at fault. */
    public void require(CustomerAttributes customer) {
        MdmException.refuseAny(violations(customer));
    }

    public List<FieldError> violations(SupplierAttributes supplier) {
        List<FieldError> errors = new ArrayList<>();
        partner(supplier.vatId(), supplier.country(), supplier.addresses(), supplier.contacts(), codes, errors);
        bankAccounts(supplier.bankAccounts(), codes, errors);
        if (codes.minorUnits(supplier.currency()).isEmpty()) {
            errors.add(unknownCurrency("currency", supplier.currency()));
        }
        return errors;
    }

    public List<FieldError> violations(CustomerAttributes customer) {
        List<FieldError> errors = new ArrayList<>();
        partner(customer.vatId(), customer.country(), customer.addresses(), customer.contacts(), codes, errors);
        if (customer.creditLimit() != null) {
            creditLimit(customer.creditLimit(), codes, errors);
        }
        if (customer.incoterm() != null && !codes.isIncoterm(customer.incoterm().incoterm())) {
            errors.add(new FieldError("incoterm.code", "'" + customer.incoterm().incoterm()
                    + "' is not an Incoterms 2020 rule (EXW, FCA, CPT, CIP, DAP, DPU, DDP, FAS, FOB, CFR, CIF)"));
        }
        return errors;
    }

    private static void partner(String vatId, String country, List<Address> addresses, List<Contact> contacts,
                                ReferenceCodes codes, List<FieldError> errors) {
        boolean knownCountry = codes.isCountry(country);
        // a VAT id is read in the format of its holder's country; with no known country there is nothing to read it by
        if (vatId != null && knownCountry) {
            VatIds.problem(country, vatId).ifPresent(problem -> errors.add(new FieldError("vatId", problem)));
        }
        if (!knownCountry) {
            errors.add(unknownCountry("country", country));
        }
        for (int i = 0; i < addresses.size(); i++) {
            if (!codes.isCountry(addresses.get(i).country())) {
                errors.add(unknownCountry("addresses[" + i + "].country", addresses.get(i).country()));
            }
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact contact = contacts.get(i);
            if (contact.email() != null && !ContactFormats.isEmail(contact.email())) {
                errors.add(new FieldError("contacts[" + i + "].email", "is not a usable e-mail address (name@example.com)"));
            }
            if (contact.phone() != null && !ContactFormats.isPhone(contact.phone())) {
                errors.add(new FieldError("contacts[" + i + "].phone",
                        "is not a phone number in international form: + country code and number, e.g. +49 30 1234567"));
            }
        }
    }

    private static void bankAccounts(List<BankAccount> accounts, ReferenceCodes codes, List<FieldError> errors) {
        Map<String, Integer> firstWithIban = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            BankAccount account = accounts.get(i);
            String field = "bankAccounts[" + i + "]";
            Optional<String> ibanProblem = ibanProblem(account);
            ibanProblem.ifPresent(problem -> errors.add(new FieldError(field + ".iban", problem)));
            Integer earlier = firstWithIban.putIfAbsent(account.iban(), i);
            if (ibanProblem.isEmpty() && earlier != null) {
                errors.add(new FieldError(field + ".iban", "is the same account as bankAccounts[" + earlier + "]"));
            }
            if (account.bic() != null && !Bic.isValid(account.bic())) {
                errors.add(new FieldError(field + ".bic", "is not a BIC (ISO 9362): 4 letters for the bank, its country"
                        + " code, 2 letters or digits for the location and optionally 3 for the branch"));
            }
            if (account.currency() != null && codes.minorUnits(account.currency()).isEmpty()) {
                errors.add(unknownCurrency(field + ".currency", account.currency()));
            }
        }
    }

    private static Optional<String> ibanProblem(BankAccount account) {
        String iban = account.iban();
        if (account.hasMaskedIban()) {
            return Optional.of("is masked: send the full IBAN, or send the masked IBAN back exactly as you read it,"
                    + " with the account's id, to keep the account's IBAN");
        }
        if (Iban.isValid(iban)) {
            return Optional.empty();
        }
        String country = iban.substring(0, Math.min(2, iban.length()));
        OptionalInt length = Iban.length(country);
        if (length.isEmpty()) {
            return Optional.of("does not start with the code of a country that uses IBANs");
        }
        if (iban.length() != length.getAsInt()) {
            return Optional.of(country + " IBANs have " + length.getAsInt() + " characters; this one has " + iban.length());
        }
        return Optional.of("fails the ISO 13616 check digits (MOD 97), so a character is probably mistyped");
    }

    private static void creditLimit(CreditLimit limit, ReferenceCodes codes, List<FieldError> errors) {
        if (limit.amount().signum() < 0) {
            errors.add(new FieldError("creditLimit.amount", "must be 0 or more"));
        }
        OptionalInt minorUnits = codes.minorUnits(limit.currency());
        if (minorUnits.isEmpty()) {
            errors.add(unknownCurrency("creditLimit.currency", limit.currency()));
        } else if (limit.amount().scale() > minorUnits.getAsInt()) {
            errors.add(new FieldError("creditLimit.amount", "has " + limit.amount().scale() + " decimals; "
                    + limit.currency() + " has " + minorUnits.getAsInt()));
        }
    }

    private static FieldError unknownCountry(String field, String code) {
        return new FieldError(field, "'" + code + "' is not an ISO 3166-1 alpha-2 country code known to the hub");
    }

    private static FieldError unknownCurrency(String field, String code) {
        return new FieldError(field, "'" + code + "' is not an ISO 4217 currency code known to the hub");
    }
}
