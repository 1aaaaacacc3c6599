package org.mdmhub.mdm.quality.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactFormatsTest {

    // Published examples: the valid addresses of Wikipedia "Email address" that fit a dot-atom and a public
    // domain (special characters in the local part, sub-domains, a one-letter label), plus an apostrophe as Irish
    // surnames have it and an internationalised domain (münchen.de) in its ASCII xn-- form below the top level.
    @ParameterizedTest
    @ValueSource(strings = {"simple@example.com", "very.common@example.com", "FirstName.LastName@EasierReading.org",
            "x@example.com", "long.email-address-with-hyphens@and.subdomains.example.com",
            "user.name+tag+sorting@example.com", "name/surname@example.com", "example@s.example",
            "mailhost!username@example.org", "user%example.com@example.org", "user-@example.org",
            "o'brien@example.ie", "info@xn--mnchen-3ya.de", "a@b.co"})
    void acceptsPublishedEmailAddresses(String address) {
        assertTrue(ContactFormats.isEmail(address), address);
    }

    // Wikipedia's invalid examples, and near misses of valid ones: no @ or two, dots at the ends of the local
    // part or doubled, no top-level domain or one of one letter or with a digit, hyphens or underscores at the
    // wrong place in the domain, a trailing dot, spaces, a local part over 64 and an address over 254 characters,
    // and the forms RFC 5322 allows but master data never needs (quoted strings, IP literals, dotless domains).
    @ParameterizedTest
    @ValueSource(strings = {"abc.example.com", "a@b@c@example.com", "a\"b(c)d,e:f;g<h>i[j\\k]l@example.com",
            "just\"not\"right@example.com", "this is\"not\\allowed@example.com",
            "i.like.underscores@but_they_are_not_allowed_in_this_part", "john..doe@example.com",
            ".john@example.com", "john.@example.com", "john@example", "john@example.c", "john@example.c0m",
            "john@-example.com", "john@example-.com", "john@exa_mple.com", "john@example..com",
            "john@.example.com", "john@example.com.", "john doe@example.com", "@example.com", "john@",
            "\"john doe\"@example.com", "john@[192.168.0.1]", "admin@mailserver1",
            "1234567890123456789012345678901234567890123456789012345678901234+x@example.com", ""})
    void refusesInvalidEmailAddresses(String address) {
        assertFalse(ContactFormats.isEmail(address), address);
    }

    @Test
    void refusesEmailAddressesOver254Characters() {
        String label = "a".repeat(63);
        String address = "john@" + label + "." + label + "." + label + "." + "b".repeat(58) + ".com";
        assertTrue(address.length() > 254);
        assertFalse(ContactFormats.isEmail(address));
        assertTrue(ContactFormats.isEmail("john@" + label + "." + label + "." + label + ".com"));
    }

    // Published examples: Wikipedia "E.164" (+1 415 555 2671, +44 20 7183 8750, +55 11 5525 6325), written with
    // the separators people use, and the shortest and longest lengths E.164 allows here (8 and 15 digits).
    @ParameterizedTest
    @ValueSource(strings = {"+14155552671", "+1 (415) 555-2671", "+44 20 7183 8750", "+44.20.7183.8750",
            "+55 11 5525-6325", "+4930901820", "+49 30 901820", "+123456789012345"})
    void acceptsE164PhoneNumbers(String number) {
        assertTrue(ContactFormats.isPhone(number), number);
    }

    // No + (or 00 instead), a country code starting with 0, 7 and 16 digits, a letter O for a zero, a slash,
    // a doubled +, and nothing at all.
    @ParameterizedTest
    @ValueSource(strings = {"14155552671", "0044 20 7183 8750", "+0 415 555 2671", "+1234567", "+1234567890123456",
            "+44 20 7183 875O", "+49/30/901820", "++49 30 901820", "+", ""})
    void refusesNearMissPhoneNumbers(String number) {
        assertFalse(ContactFormats.isPhone(number), number);
    }

    @Test
    void refusesNull() {
        assertFalse(ContactFormats.isEmail(null));
        assertFalse(ContactFormats.isPhone(null));
    }
}
