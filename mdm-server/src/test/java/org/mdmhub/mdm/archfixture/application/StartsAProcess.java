package org.mdmhub.mdm.archfixture.application;

import org.flowable.engine.RuntimeService;

/** Breaks "Flowable only in flowable packages": a use case that starts a process itself. */
public class StartsAProcess {
    RuntimeService runtime;
}
