package org.mdmhub.mdm.archfixture.cycle.a;

import org.mdmhub.mdm.archfixture.cycle.b.NeedsA;

/** With {@link NeedsA}, breaks "no cycles between slices": slice a uses slice b, which uses a. */
public class NeedsB {
    NeedsA other;
}
