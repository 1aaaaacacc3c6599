package org.mdmhub.mdm.lifecycle.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mdmhub.mdm.platform.problem.MdmException;
import org.mdmhub.mdm.platform.problem.ProblemType;

/** Every pair of state and transition: the allowed ones lead where DESIGN.md says, every other one is refused. */
class LifecycleStateTest {

    /** DESIGN.md, Lifecycle — written out again here, so that a change to the table has to be made twice. */
    private static final Map<LifecycleState, Map<Transition, LifecycleState>> ALLOWED = Map.of(
            LifecycleState.DRAFT, Map.of(Transition.SUBMIT, LifecycleState.IN_REVIEW),
            LifecycleState.IN_REVIEW, Map.of(Transition.APPROVE, LifecycleState.APPROVED, Transition.REJECT, LifecycleState.DRAFT),
            LifecycleState.APPROVED, Map.of(Transition.RELEASE, LifecycleState.RELEASED),
            LifecycleState.RELEASED, Map.of(Transition.BLOCK, LifecycleState.BLOCKED, Transition.OBSOLETE, LifecycleState.OBSOLETE,
                    Transition.SUPERSEDE, LifecycleState.SUPERSEDED),
            LifecycleState.BLOCKED, Map.of(Transition.UNBLOCK, LifecycleState.RELEASED, Transition.OBSOLETE, LifecycleState.OBSOLETE),
            LifecycleState.SUPERSEDED, Map.of(),
            LifecycleState.OBSOLETE, Map.of());

    static Stream<Arguments> allowed() {
        return ALLOWED.entrySet().stream().flatMap(from -> from.getValue().entrySet().stream()
                .map(t -> Arguments.of(from.getKey(), t.getKey(), t.getValue())));
    }

    static Stream<Arguments> refused() {
        return EnumSet.allOf(LifecycleState.class).stream().flatMap(from -> EnumSet.allOf(Transition.class).stream()
                .filter(t -> !ALLOWED.get(from).containsKey(t))
                .map(t -> Arguments.of(from, t)));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void anAllowedTransitionLeadsToItsState(LifecycleState from, Transition transition, LifecycleState to) {
        assertEquals(to, from.after(transition, "Item X/A"));
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("refused")
    void everyOtherTransitionIsRefusedNamingWhatIsAllowed(LifecycleState from, Transition transition) {
        MdmException e = assertThrows(MdmException.class, () -> from.after(transition, "Item X/A"));

        assertEquals(ProblemType.ILLEGAL_TRANSITION, e.type());
        assertEquals("Item X/A is " + from + ": cannot " + transition.name().toLowerCase() + " (allowed: "
                + ALLOWED.get(from).keySet().stream().sorted().toList() + ")", e.getMessage());
    }

    @Test
    void theTableCoversEveryStateAndTransition() {
        assertEquals(EnumSet.allOf(LifecycleState.class), EnumSet.copyOf(ALLOWED.keySet()));
        assertEquals(7 * 8, allowed().count() + refused().count());
        assertTrue(allowed().count() == 9);
    }

    @Test
    void onlyDraftsAreEditableAndOnlyReleasedOrBlockedAreReleased() {
        for (LifecycleState state : LifecycleState.values()) {
            assertEquals(state == LifecycleState.DRAFT, state.isEditable(), state.name());
            assertEquals(state == LifecycleState.RELEASED || state == LifecycleState.BLOCKED, state.isReleased(), state.name());
        }
    }
}
