import { backstageServesFrontstage } from './backstage-serves-frontstage.js';
import { badNewsNeedsCare } from './bad-news-needs-care.js';
import { contactNeedsFrontstage } from './contact-needs-frontstage.js';
import { customerActs } from './customer-acts.js';
import { fiveElementsCoverage } from './five-elements-coverage.js';
import { lineOfVisibility } from './line-of-visibility.js';
import { measurableResponsiveness } from './measurable-responsiveness.js';
import { remoteNeedsEvidence } from './remote-needs-evidence.js';
import { riskHasRecovery } from './risk-has-recovery.js';
import type { Rule } from './rule.js';
import { sceneBudget } from './scene-budget.js';
import { sceneHasTouchpoint } from './scene-has-touchpoint.js';
import { touchpointHasExpectation } from './touchpoint-has-expectation.js';
import { uniqueNames } from './unique-names.js';
import { unusedDeclaration } from './unused-declaration.js';
import { urgentPaceBounded } from './urgent-pace-bounded.js';
import { recoveryIsConcrete } from './recovery-is-concrete.js';
import { hollowText } from './hollow-text.js';
import { waitNeedsFeedback } from './wait-needs-feedback.js';
import { trialHasRisk } from './trial-has-risk.js';
import { conflictingBounds } from './conflicting-bounds.js';
import { tangiblesNeedEvidence } from './tangibles-need-evidence.js';
import { machineHasAWayOut } from './machine-has-a-way-out.js';
import { perceptionGap } from './perception-gap.js';

/** Every validation rule, in the order of the rule table. */
export const RULES: readonly Rule[] = [
    touchpointHasExpectation,
    riskHasRecovery,
    fiveElementsCoverage,
    measurableResponsiveness,
    contactNeedsFrontstage,
    remoteNeedsEvidence,
    lineOfVisibility,
    backstageServesFrontstage,
    badNewsNeedsCare,
    urgentPaceBounded,
    sceneBudget,
    customerActs,
    sceneHasTouchpoint,
    unusedDeclaration,
    uniqueNames,
    recoveryIsConcrete,
    hollowText,
    waitNeedsFeedback,
    trialHasRisk,
    conflictingBounds,
    tangiblesNeedEvidence,
    machineHasAWayOut,
    perceptionGap
];

const RULES_BY_ID = new Map(RULES.map(rule => [rule.id, rule]));

export function findRule(id: string): Rule | undefined {
    return RULES_BY_ID.get(id);
}
