package org.mdmhub.mdm.quality.format;

/**
 * The published check-digit rules of national VAT ids, each applied to the part after the country prefix
 * once {@link VatIds} has checked its shape (so the characters are known to be digits where a rule reads
 * digits). Kept apart from the table of formats because the arithmetic is what needs testing digit by digit.
 */
final class VatCheckDigits {
    private VatCheckDigits() {
    }

    /** Austria, UID: a Luhn variant over the 7 digits after U, offset by 4. */
    static boolean austria(String digits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = digit(digits, i);
            sum += i % 2 == 0 ? d : d * 2 / 10 + d * 2 % 10;
        }
        return (10 - (sum + 4) % 10) % 10 == digit(digits, 7);
    }

    /** Belgium: the last two digits are 97 minus the first eight modulo 97. */
    static boolean belgium(String digits) {
        return 97 - Integer.parseInt(digits.substring(0, 8)) % 97 == Integer.parseInt(digits.substring(8));
    }

    /** Germany, USt-IdNr.: ISO 7064 MOD 11,10 with a non-zero first digit. */
    static boolean germany(String digits) {
        return digits.charAt(0) != '0' && iso7064Mod11Mod10(digits);
    }

    /** Croatia, OIB: ISO 7064 MOD 11,10 over the 11 digits. */
    static boolean croatia(String digits) {
        return iso7064Mod11Mod10(digits);
    }

    /** Denmark, CVR: weights 2,7,6,5,4,3,2,1 add up to a multiple of 11; no leading zero. */
    static boolean denmark(String digits) {
        return digits.charAt(0) != '0' && weightedSum(digits, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;
    }

    /** Estonia, KMKR: weights 3,7,1 repeated add up to a multiple of 10. */
    static boolean estonia(String digits) {
        return weightedSum(digits, 3, 7, 1, 3, 7, 1, 3, 7, 1) % 10 == 0;
    }

    /** Finland, ALV: weights 7,9,10,5,8,4,2,1 add up to a multiple of 11. */
    static boolean finland(String digits) {
        return weightedSum(digits, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0;
    }

    /**
     * France: the two-digit key is (12 + 3 × (SIREN mod 97)) mod 97. Keys with letters follow a rule the tax
     * administration does not publish plainly, so they pass on format alone.
     */
    static boolean france(String key, String siren) {
        if (!isDigit(key.charAt(0)) || !isDigit(key.charAt(1))) {
            return true;
        }
        return (12 + 3 * (Integer.parseInt(siren) % 97)) % 97 == Integer.parseInt(key);
    }

    /** Greece: the digits times 256, 128, …, 2, modulo 11 and then 10, give the last digit. */
    static boolean greece(String digits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum = sum * 2 + digit(digits, i);
        }
        return sum * 2 % 11 % 10 == digit(digits, 8);
    }

    /** Hungary, ANUM: weights 9,7,3,1 repeated add up to a multiple of 10. */
    static boolean hungary(String digits) {
        return weightedSum(digits, 9, 7, 3, 1, 9, 7, 3, 1) % 10 == 0;
    }

    /** Italy, partita IVA: the Luhn check over the 11 digits. */
    static boolean italy(String digits) {
        return luhn(digits);
    }

    /** Luxembourg: the first six digits modulo 89 give the last two. */
    static boolean luxembourg(String digits) {
        return Integer.parseInt(digits.substring(0, 6)) % 89 == Integer.parseInt(digits.substring(6));
    }

    /**
     * Netherlands, btw-id {@code 123456789B01}: companies' numbers pass the mod-11 test on the 9 digits (weights
     * 9 to 2, the last digit equal to the sum modulo 11); sole proprietors' numbers since 2020 pass ISO 7064 MOD
     * 97-10 over the whole id with its NL prefix, letters read as in IBANs.
     */
    static boolean netherlands(String id) {
        boolean mod11 = weightedSum(id, 9, 8, 7, 6, 5, 4, 3, 2) % 11 == digit(id, 8);
        String whole = "NL" + id;
        int remainder = 0;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            remainder = isDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return mod11 || remainder == 1;
    }

    /** Norway, organisasjonsnummer: mod 11 with weights 3,2,7,6,5,4,3,2 on the first 8 of the 9 digits. */
    static boolean norway(String digits) {
        return mod11CheckDigit(weightedSum(digits, 3, 2, 7, 6, 5, 4, 3, 2)) == digit(digits, 8);
    }

    /** Poland, NIP: weights 6,5,7,2,3,4,5,6,7 modulo 11 give the last digit (a remainder of 10 is never issued). */
    static boolean poland(String digits) {
        return weightedSum(digits, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11 == digit(digits, 9);
    }

    /** Portugal, NIF: mod 11 with weights 9 to 2, where 10 and 11 both become 0. */
    static boolean portugal(String digits) {
        int check = 11 - weightedSum(digits, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        return (check >= 10 ? 0 : check) == digit(digits, 8);
    }

    /** Sweden, momsregistreringsnummer: the organisation number (first 10 digits) passes Luhn; 01 follows. */
    static boolean sweden(String digits) {
        return luhn(digits.substring(0, 10));
    }

    /** Slovakia, IČ DPH: the 10-digit number is divisible by 11 and has no leading zero. */
    static boolean slovakia(String digits) {
        int remainder = 0;
        for (int i = 0; i < digits.length(); i++) {
            remainder = (remainder * 10 + digit(digits, i)) % 11;
        }
        return digits.charAt(0) != '0' && remainder == 0;
    }

    /** Switzerland, UID {@code CHE-123.456.789}: mod 11 with weights 5,4,3,2,7,6,5,4 on the first 8 digits. */
    static boolean switzerland(String digits) {
        return mod11CheckDigit(weightedSum(digits, 5, 4, 3, 2, 7, 6, 5, 4)) == digit(digits, 8);
    }

    /** 11 minus the sum modulo 11, where 11 becomes 0 and 10 means no number is issued (-1 never matches). */
    private static int mod11CheckDigit(int weightedSum) {
        int check = 11 - weightedSum % 11;
        return check == 11 ? 0 : check == 10 ? -1 : check;
    }

    private static boolean iso7064Mod11Mod10(String digits) {
        int product = 10;
        for (int i = 0; i < digits.length() - 1; i++) {
            int sum = (digit(digits, i) + product) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10 == digit(digits, digits.length() - 1);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = digits.length() - 1, doubled = 0; i >= 0; i--, doubled ^= 1) {
            int d = digit(digits, i) << doubled;
            sum += d / 10 + d % 10;
        }
        return sum % 10 == 0;
    }

    /** The sum of the leading digits times the weights, one weight per digit. */
    private static int weightedSum(String digits, int... weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digit(String s, int index) {
        return s.charAt(index) - '0';
    }
}
