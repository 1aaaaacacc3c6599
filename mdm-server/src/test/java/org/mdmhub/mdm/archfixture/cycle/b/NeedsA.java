package org.mdmhub.mdm.archfixture.cycle.b;

import org.mdmhub.mdm.archfixture.cycle.a.NeedsB;

/** With {@link NeedsB}, breaks "no cycles between slices". */
public class NeedsA {
    NeedsB other;
}
