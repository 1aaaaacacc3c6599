package org.mdmhub.mdm.archfixture.domain;

import org.mdmhub.mdm.item.application.ItemDrafting;

/** Breaks "the domain does not use outer layers": an aggregate that calls a use case. */
public class AggregateUsingAUseCase {
    ItemDrafting drafting;
}
