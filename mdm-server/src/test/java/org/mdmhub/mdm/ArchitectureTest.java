package org.mdmhub.mdm;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Module boundaries that keep the domain independent of its delivery and integration technology, each
 * technology in its own package, and the feature slices free of cycles. A leak fails the build;
 * {@code ArchitectureRulesTest} shows that each rule does catch a class that breaks it.
 */
@AnalyzeClasses(packages = "org.mdmhub.mdm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "org.mdmhub.mdm";

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
    static final ArchRule domainRunsNoQueries = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence.criteria..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
            .because("the domain maps its entities with JPA annotations but queries only through repository"
                    + " interfaces, implemented in persistence packages");

    @ArchTest
    static final ArchRule flowableOnlyInFlowablePackages = noClasses()
            .that().resideOutsideOfPackage("..flowable..")
            .should().dependOnClassesThat().resideInAPackage("org.flowable..")
            .because("the workflow engine sits behind the ApprovalWorkflow port; one package implements it");

    @ArchTest
    static final ArchRule amqpClientOnlyInAmqpPackages = noClasses()
            .that().resideOutsideOfPackage("..amqp..")
            .should().dependOnClassesThat().resideInAPackage("com.rabbitmq..")
            .because("the message broker is one adapter of publication");

    @ArchTest
    static final ArchRule featureSlicesHaveNoCycles = noCyclesBetweenSlicesOf(ROOT);

    @ArchTest
    static final ArchRule domainDoesNotUseOuterLayers = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..application..", ROOT + "..api..", ROOT + "..persistence..")
            .because("the domain is the bottom layer: use cases, resources and repositories depend on it, not back");

    @ArchTest
    static final ArchRule publicationDoesNotKnowTheRecordDomains = noClasses()
            .that().resideInAPackage("..publication..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".item..", ROOT + ".bom..", ROOT + ".partner..")
            .because("publication reaches the records only through the lifecycle's GovernedDomains port");

    @ArchTest
    static final ArchRule apiDoesNotTouchTheRecordEntities = noClasses()
            .that().resideInAPackage("..api..")
            .should().dependOnClassesThat(resideInAnyPackage(ROOT + ".item..", ROOT + ".bom..", ROOT + ".partner..")
                    .and(annotatedWith(Entity.class)).as("are entities of the golden-record domains"))
            .because("a resource renders the snapshot its use case took inside the transaction; an entity read"
                    + " after the commit loads lazily or not at all, and a view built from it is welded to the schema");

    @ArchTest
    static final ArchRule onlyApiPackagesUseJaxRs = noClasses()
            .that().resideOutsideOfPackages("..api..", "..platform.rest..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("REST is an edge: use cases and persistence do not know about HTTP");

    @ArchTest
    static final ArchRule httpStatusesOnlyAtTheEdge = noClasses()
            .that().resideOutsideOfPackages("..api..", ROOT + ".platform.rest..", ROOT + ".platform.web..",
                    ROOT + ".platform.openapi..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".platform.rest..")
            .because("the domain and the use cases say what went wrong (ProblemType); only the edge knows which"
                    + " HTTP status and problem document say it");

    @ArchTest
    static final ArchRule applicationDoesNotReachIntoPersistence = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAPackage("..persistence..")
            .because("use cases talk to repository interfaces in the domain");

    @ArchTest
    static final ArchRule timeComesFromTheInjectedClock = noClasses()
            .that().resideOutsideOfPackage("..platform.time..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .because("every reading of the time goes through the injected Clock, so tests can choose instants");

    /** The top-level packages under {@code root} (item, bom, lifecycle, publication…) as slices without cycles. */
    static ArchRule noCyclesBetweenSlicesOf(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .because("a feature depends on the features below it, never back (lifecycle below the record"
                        + " domains, publication beside them)");
    }
}
