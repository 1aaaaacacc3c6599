package org.mdmhub.mdm.quality.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BicTest {

    // Published examples: Wikipedia "ISO 9362" (DEUTDEFF, DEUTDEFF500, NEDSZAJJXXX, DABADKKK, UNCRITMM,
    // DSBACNBXSHA, BNORPHMM) and the banks' own published BICs (BNPAFRPP BNP Paribas, CHASUS33 JPMorgan Chase,
    // BARCGB22 Barclays, RBKOXKPR Raiffeisen Bank Kosovo under SWIFT's XK).
    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEFF", "DEUTDEFF500", "NEDSZAJJXXX", "DABADKKK", "UNCRITMM", "DSBACNBXSHA",
            "BNORPHMM", "BNPAFRPP", "CHASUS33", "BARCGB22", "RBKOXKPR", "deutdeff500"})
    void acceptsPublishedExamples(String bic) {
        assertTrue(Bic.isValid(bic), bic);
    }

    // Wrong lengths (7, 9, 10, 12), countries ISO has not assigned (UK, EU, XX), a digit in the institution or
    // country, a space or punctuation, and nothing at all.
    @ParameterizedTest
    @ValueSource(strings = {"DEUTDEF", "DEUTDEFF5", "DEUTDEFF50", "DEUTDEFF5000", "BARCUK22", "DEUTEUFF",
            "DEUTXXFF", "D3UTDEFF", "DEUTD3FF", "DEUT DEFF", "DEUTDEF!", "DEUTDEFF-50", "DEUTDEFF50!", ""})
    void refusesNearMisses(String bic) {
        assertFalse(Bic.isValid(bic), bic);
    }

    @Test
    void refusesNull() {
        assertFalse(Bic.isValid(null));
    }
}
