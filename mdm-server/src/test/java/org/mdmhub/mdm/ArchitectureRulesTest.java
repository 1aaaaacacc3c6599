package org.mdmhub.mdm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdmhub.mdm.archfixture.api.ShowsASnapshot;
import org.mdmhub.mdm.archfixture.api.ShowsASupplierEntity;
import org.mdmhub.mdm.archfixture.application.AnswersHttp;
import org.mdmhub.mdm.archfixture.application.PublishesToABroker;
import org.mdmhub.mdm.archfixture.application.ReadsTheSystemClock;
import org.mdmhub.mdm.archfixture.application.StartsAProcess;
import org.mdmhub.mdm.archfixture.application.UsesAJpaRepository;
import org.mdmhub.mdm.archfixture.cycle.a.NeedsB;
import org.mdmhub.mdm.archfixture.cycle.b.NeedsA;
import org.mdmhub.mdm.archfixture.domain.AggregateChoosingAStatus;
import org.mdmhub.mdm.archfixture.domain.AggregateUsingAUseCase;
import org.mdmhub.mdm.archfixture.domain.AggregateWritingJson;
import org.mdmhub.mdm.archfixture.domain.CleanAggregate;
import org.mdmhub.mdm.archfixture.domain.QueryingAggregate;
import org.mdmhub.mdm.archfixture.publication.PublishesItemsDirectly;

/**
 * Each rule of {@link ArchitectureTest} fails on a class that breaks it (the fixtures under
 * {@code archfixture}), naming that class — so a green {@code ArchitectureTest} means the rule held, not that it
 * could never fire — and none fires on a class that breaks nothing.
 */
class ArchitectureRulesTest {

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("domainRunsNoQueries", ArchitectureTest.domainRunsNoQueries, List.of(QueryingAggregate.class)),
                Arguments.of("domainIsFreeOfWorkflowWebAndHttpClients",
                        ArchitectureTest.domainIsFreeOfWorkflowWebAndHttpClients, List.of(AggregateWritingJson.class)),
                Arguments.of("domainDoesNotUseOuterLayers", ArchitectureTest.domainDoesNotUseOuterLayers,
                        List.of(AggregateUsingAUseCase.class)),
                Arguments.of("flowableOnlyInFlowablePackages", ArchitectureTest.flowableOnlyInFlowablePackages,
                        List.of(StartsAProcess.class)),
                Arguments.of("amqpClientOnlyInAmqpPackages", ArchitectureTest.amqpClientOnlyInAmqpPackages,
                        List.of(PublishesToABroker.class)),
                Arguments.of("apiDoesNotTouchTheRecordEntities", ArchitectureTest.apiDoesNotTouchTheRecordEntities,
                        List.of(ShowsASupplierEntity.class)),
                Arguments.of("onlyApiPackagesUseJaxRs", ArchitectureTest.onlyApiPackagesUseJaxRs, List.of(AnswersHttp.class)),
                Arguments.of("httpStatusesOnlyAtTheEdge", ArchitectureTest.httpStatusesOnlyAtTheEdge,
                        List.of(AggregateChoosingAStatus.class)),
                Arguments.of("applicationDoesNotReachIntoPersistence",
                        ArchitectureTest.applicationDoesNotReachIntoPersistence, List.of(UsesAJpaRepository.class)),
                Arguments.of("publicationDoesNotKnowTheRecordDomains",
                        ArchitectureTest.publicationDoesNotKnowTheRecordDomains, List.of(PublishesItemsDirectly.class)),
                Arguments.of("timeComesFromTheInjectedClock", ArchitectureTest.timeComesFromTheInjectedClock,
                        List.of(ReadsTheSystemClock.class)),
                Arguments.of("featureSlicesHaveNoCycles",
                        ArchitectureTest.noCyclesBetweenSlicesOf("org.mdmhub.mdm.archfixture.cycle"),
                        List.of(NeedsA.class, NeedsB.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void ruleFailsOnAClassThatBreaksIt(String name, ArchRule rule, List<Class<?>> fixture) {
        JavaClasses classes = new ClassFileImporter().importClasses(fixture);

        EvaluationResult result = rule.evaluate(classes);

        assertTrue(result.hasViolation(), name + " did not fire on " + fixture);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains(fixture.get(0).getName()), name + " should name " + fixture.get(0).getName() + ":\n" + report);
    }

    @Test
    void noRuleFiresOnAClassThatBreaksNothing() {
        JavaClasses classes = new ClassFileImporter().importClasses(CleanAggregate.class);

        violations().map(a -> (ArchRule) a.get()[1]).forEach(rule -> {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            assertFalse(result.hasViolation(), () -> rule.getDescription() + ":\n" + result.getFailureReport());
        });
    }

    @Test
    void anApiClassMayUseSnapshotsAndTheDomainsValueObjects() {
        JavaClasses classes = new ClassFileImporter().importClasses(ShowsASnapshot.class);

        EvaluationResult result = ArchitectureTest.apiDoesNotTouchTheRecordEntities.evaluate(classes);

        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }
}
