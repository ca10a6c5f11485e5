package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.statements.EntryStatus.SPEAKING;
import static org.ccmdesk.statements.EntryStatus.SPOKEN;
import static org.ccmdesk.statements.EntryStatus.WAITING;
import static org.ccmdesk.statements.EntryStatus.WITHDRAWN;
import static org.ccmdesk.statements.SpeakerGroup.CIVIL_SOCIETY;
import static org.ccmdesk.statements.SpeakerGroup.INTERNATIONAL_ORGANISATIONS;
import static org.ccmdesk.statements.SpeakerGroup.SIGNATORIES;
import static org.ccmdesk.statements.SpeakerGroup.STATES_NOT_PARTY;
import static org.ccmdesk.statements.SpeakerGroup.STATES_PARTIES;
import static org.ccmdesk.statements.SpeechType.POINT_OF_ORDER;
import static org.ccmdesk.statements.SpeechType.RIGHT_OF_REPLY;
import static org.ccmdesk.statements.SpeechType.STATEMENT;

import java.util.ArrayList;
import java.util.List;

import org.ccmdesk.states.OrganisationKind;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.statements.SpeakingOrder.Placed;
import org.junit.jupiter.api.Test;

/**
 * Where an inscription goes: by time, or grouped by the delegation's status as of the
 * meeting's first day; points of order first, rights of reply last, spoken entries never
 * moved. (The statuses themselves come from the states module: {@code SpeakersListTest}
 * checks a real state that ratified after April 2014 is a signatory in the 2014 list.)
 */
class SpeakingOrderTest {

    private static Placed statement(SpeakerGroup group) {
        return new Placed(STATEMENT, group, WAITING);
    }

    /** Inscribes each in turn, as the service does, and answers the groups in order. */
    private static List<Placed> inscribe(OrderRule rule, Placed... candidates) {
        List<Placed> list = new ArrayList<>();
        for (Placed candidate : candidates) {
            list.add(SpeakingOrder.placeOf(rule, list, candidate), candidate);
        }
        return list;
    }

    @Test
    void byTimeKeepsTheOrderOfInscription() {
        Placed signatory = statement(SIGNATORIES);
        Placed party = statement(STATES_PARTIES);
        Placed ngo = statement(CIVIL_SOCIETY);
        assertThat(inscribe(OrderRule.BY_TIME, signatory, party, ngo)).containsExactly(signatory, party, ngo);
    }

    @Test
    void groupedPutsStatesPartiesThenSignatoriesThenStatesNotPartyThenOrganisationsThenCivilSociety() {
        Placed ngo = statement(CIVIL_SOCIETY);
        Placed notParty = statement(STATES_NOT_PARTY);
        Placed signatory = statement(SIGNATORIES);
        Placed io = statement(INTERNATIONAL_ORGANISATIONS);
        Placed party1 = statement(STATES_PARTIES);
        Placed party2 = statement(STATES_PARTIES);
        assertThat(inscribe(OrderRule.GROUPED, ngo, notParty, signatory, io, party1, party2)).containsExactly(party1,
                party2, signatory, notParty, io, ngo);
    }

    @Test
    void aPointOfOrderGoesToTheTopAfterTheSpeechUnderWayAndEarlierPointsOfOrder() {
        List<Placed> list = new ArrayList<>(
                List.of(new Placed(STATEMENT, STATES_PARTIES, SPOKEN), new Placed(STATEMENT, STATES_PARTIES, SPEAKING),
                        new Placed(POINT_OF_ORDER, SIGNATORIES, WAITING), statement(STATES_PARTIES)));
        assertThat(SpeakingOrder.placeOf(OrderRule.BY_TIME, list, new Placed(POINT_OF_ORDER, CIVIL_SOCIETY, WAITING)))
            .isEqualTo(3);
        assertThat(SpeakingOrder.placeOf(OrderRule.GROUPED, list, new Placed(POINT_OF_ORDER, CIVIL_SOCIETY, WAITING)))
            .isEqualTo(3);
    }

    @Test
    void aRightOfReplyGoesLastAndStatementsBeforeIt() {
        Placed reply = new Placed(RIGHT_OF_REPLY, STATES_PARTIES, WAITING);
        Placed late = statement(CIVIL_SOCIETY);
        assertThat(inscribe(OrderRule.BY_TIME, reply, late)).containsExactly(late, reply);
        assertThat(inscribe(OrderRule.GROUPED, reply, late)).containsExactly(late, reply);
    }

    @Test
    void aStatePartyInscribedLateNeverGoesBeforeThoseWhoHaveSpoken() {
        List<Placed> list = new ArrayList<>(List.of(new Placed(STATEMENT, CIVIL_SOCIETY, SPOKEN),
                new Placed(STATEMENT, SIGNATORIES, WITHDRAWN), statement(SIGNATORIES)));
        // after the one who spoke (and the withdrawn one), before the signatory waiting
        assertThat(SpeakingOrder.placeOf(OrderRule.GROUPED, list, statement(STATES_PARTIES))).isEqualTo(2);
    }

    @Test
    void groupsFromStatusAndOrganisationKind() {
        assertThat(SpeakerGroup.of(TreatyStatus.IN_FORCE)).isEqualTo(STATES_PARTIES);
        assertThat(SpeakerGroup.of(TreatyStatus.RATIFIED_NOT_IN_FORCE)).isEqualTo(STATES_PARTIES);
        assertThat(SpeakerGroup.of(TreatyStatus.SIGNATORY)).isEqualTo(SIGNATORIES);
        assertThat(SpeakerGroup.of(TreatyStatus.NOT_SIGNATORY)).isEqualTo(STATES_NOT_PARTY);
        assertThat(SpeakerGroup.of(TreatyStatus.WITHDRAWN)).isEqualTo(STATES_NOT_PARTY);
        assertThat(SpeakerGroup.of(OrganisationKind.UN_AGENCY)).isEqualTo(INTERNATIONAL_ORGANISATIONS);
        assertThat(SpeakerGroup.of(OrganisationKind.RED_CROSS_RED_CRESCENT)).isEqualTo(INTERNATIONAL_ORGANISATIONS);
        assertThat(SpeakerGroup.of(OrganisationKind.NON_GOVERNMENTAL_ORGANISATION)).isEqualTo(CIVIL_SOCIETY);
    }

}
