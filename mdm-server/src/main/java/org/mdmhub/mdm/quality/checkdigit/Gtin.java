package org.mdmhub.mdm.quality.checkdigit;

/**
 * GS1 Global Trade Item Numbers (GTIN-8, -12, -13, -14): digits only, and the last digit is the GS1
 * mod-10 check digit over the others (weights 3 and 1 alternating from the right).
 */
public final class Gtin {
    private Gtin() {
    }

    public static boolean isValid(String gtin) {
        if (gtin == null) {
            return false;
        }
        int length = gtin.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return false;
        }
        if (!gtin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(gtin.substring(0, length - 1)) == gtin.charAt(length - 1) - '0';
    }

    /** The GS1 check digit for the digits before it. */
    static int checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (body.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10;
    }
}
