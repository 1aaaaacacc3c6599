package org.mdmhub.mdm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Module boundaries that keep the domain independent of its delivery and integration technology.
 * A leak fails the build.
 */
@AnalyzeClasses(packages = "org.mdmhub.mdm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfWorkflowWebAndHttpClients = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.flowable..",            // the workflow engine sits behind our own port
                    "jakarta.ws.rs..",           // JAX-RS belongs to api packages
                    "jakarta.servlet..",
                    "java.net.http..",           // HTTP clients belong to adapters
                    "org.apache.http..", "org.apache.hc..", "okhttp3..",
                    "com.fasterxml.jackson..")   // wire formats belong to api packages
            .because("the domain is plain Java + JPA mapping; technology lives in adapters (CONVENTIONS.md)");

    @ArchTest
    static final ArchRule onlyApiPackagesUseJaxRs = noClasses()
            .that().resideOutsideOfPackages("..api..", "..platform.rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("REST is an edge: use cases and persistence do not know about HTTP");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoPersistence = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("use cases talk to repository interfaces in the domain");
}
