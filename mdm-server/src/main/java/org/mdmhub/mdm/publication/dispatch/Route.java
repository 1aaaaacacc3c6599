package org.mdmhub.mdm.publication.dispatch;

import org.mdmhub.mdm.publication.domain.RetryPolicy;
import org.mdmhub.mdm.publication.domain.TargetSettings;

/** Everything the dispatcher needs to send for one subscription. */
record Route(TargetSettings target, RetryPolicy retry, boolean includeSensitive) {
}
