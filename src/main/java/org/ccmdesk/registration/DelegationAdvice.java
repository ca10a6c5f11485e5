package org.ccmdesk.registration;

import java.util.ArrayList;
import java.util.List;

import org.ccmdesk.states.Party;

/**
 * The memo's advice on a delegation's composition for one meeting, checked against its
 * registrations (submitted or approved): a policy-level delegate, a technical expert and,
 * for a state affected by cluster munitions, a victim assistance expert or a survivor.
 * Advice, never a block.
 */
record DelegationAdvice(Party delegation, String name, boolean affected, boolean policyLevel, boolean technicalExpert,
        boolean victimAssistance, int members) {

    /** One item of the check list. */
    public enum Item {

        POLICY_LEVEL_DELEGATE, TECHNICAL_EXPERT, VICTIM_ASSISTANCE_OR_SURVIVOR;

        public String messageKey() {
            return "advice." + name();
        }

    }

    static DelegationAdvice of(Party delegation, String name, boolean affected, List<Registration> registrations) {
        List<DelegationRole> roles = registrations.stream()
            .filter(r -> r.status().isActive())
            .map(Registration::role)
            .toList();
        return new DelegationAdvice(delegation, name, affected, roles.stream().anyMatch(DelegationRole::isPolicyLevel),
                roles.contains(DelegationRole.TECHNICAL_EXPERT),
                roles.stream().anyMatch(DelegationRole::isVictimAssistance), roles.size());
    }

    /** The items that apply to this delegation: the third only for an affected state. */
    public List<Item> items() {
        return affected ? List.of(Item.values()) : List.of(Item.POLICY_LEVEL_DELEGATE, Item.TECHNICAL_EXPERT);
    }

    public boolean has(Item item) {
        return switch (item) {
            case POLICY_LEVEL_DELEGATE -> policyLevel;
            case TECHNICAL_EXPERT -> technicalExpert;
            case VICTIM_ASSISTANCE_OR_SURVIVOR -> victimAssistance;
        };
    }

    public List<Item> missing() {
        List<Item> missing = new ArrayList<>();
        for (Item item : items()) {
            if (!has(item)) {
                missing.add(item);
            }
        }
        return missing;
    }
}
