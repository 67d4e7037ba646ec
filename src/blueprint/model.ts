import type { AstNode, CstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { attachFindings, contains, type FindingTarget } from './findings.js';
import {
    isActor, isAudience, isCustomerAction, isScene, isService, isSupportSystem,
    type Action, type Duration, type Expectation, type Model, type Scene, type Service, type Touchpoint
} from '../language/generated/ast.js';
import { boundConflictsOf, DEFAULT_WAIT_THRESHOLD_SECONDS, elementOf, fitsBudget, sceneBoundsTotal, secondsOf, touchpointBoundSeconds } from '../language/rules/spec-facts.js';

// The blueprint model: a plain, JSON-serialisable picture of one service, computed from its syntax
// tree. The language server sends it to the editor and the CLI exports it; the renderer draws it.

export interface SourcePosition {
    /** Zero-based line. */
    line: number;
    /** Zero-based character offset in the line (UTF-16 code units, as in LSP). */
    character: number;
}

export interface SourceRange {
    start: SourcePosition;
    end: SourcePosition;
}

export type FindingSeverity = 'error' | 'warning' | 'info' | 'hint';

/** A validation finding shown on the part of the blueprint it concerns. */
export interface Finding {
    severity: FindingSeverity;
    message: string;
    /** The rule id, when the finding comes from a rule. */
    rule?: string;
    range: SourceRange;
}

/** Anything drawn from the spec: where it is written, and the findings that concern it. */
export interface Located {
    range: SourceRange;
    findings: Finding[];
}

/** The five elements of service experience; `friendliness` in a spec counts as `assurance`. */
export const SERVICE_ELEMENTS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;
export type ServiceElement = typeof SERVICE_ELEMENTS[number];

/** The lanes of a blueprint, top to bottom. */
export const LANE_IDS = ['evidence', 'customer', 'frontstage', 'backstage', 'support'] as const;
export type LaneId = typeof LANE_IDS[number];

/** An entry in a lane: an action, or a piece of physical evidence. */
export interface LaneItem extends Located {
    /** Who acts (an actor or system name), or the prop's name for evidence; absent for the customer. */
    label?: string;
    /** What is done, or the prop's description. */
    text: string;
    /** The performer's or the prop's description, as declared: the item's tooltip. */
    description?: string;
    /** An action's place in the performance, from 1: the actions of a touchpoint in the order written. */
    step?: number;
    /** The risks that name this action (see {@link actionsNamedBy}). */
    failPoints?: FailPoint[];
}

/** Where a risk can happen, and whether the spec says how the service recovers. */
export interface FailPoint {
    risk: string;
    recovered: boolean;
}

/** A step where the customer may wait longer than the wait threshold. */
export interface WaitPoint extends Located {
    /** The bound, as written: `10 min`. */
    within: string;
    seconds: number;
    /** What is awaited: the expectation's text. */
    text: string;
}

/** One of the service's audiences, with its pace. */
export interface BlueprintAudience extends Located {
    name: string;
    description?: string;
    pace?: string;
}

export interface BlueprintExpectation extends Located {
    element: ServiceElement;
    text: string;
    /** The time bound, e.g. `10 s`. */
    within?: string;
    /** The norm the expectation comes from; its range is then the `applies` statement. */
    norm?: string;
    /** The bounds that conflict over this expectation (see the conflicting-bounds rule), marked on its card. */
    conflicts?: BoundConflictMark[];
}

/** A touchpoint's own bound and an applied norm's bound for the same promise: marked on both cards. */
export interface BoundConflictMark {
    /** The touchpoint's own bound, as written: `2 min`. */
    here: string;
    /** The norm's bound, as written. */
    inNorm: string;
    norm: string;
}

export interface BlueprintRisk extends Located {
    name: string;
    description?: string;
    /** The recovery, who carries it out (`by`) and how fast (`within`). */
    recovery?: { text: string; by?: string; within?: string; range: SourceRange };
    /** The steps of the actions the risk names, if any. */
    steps: number[];
}

/** A wait point: how the wait is explained or filled, and how long it may last. */
export interface BlueprintWait extends Located {
    text: string;
    within?: string;
}

/** The feeling the design aims for at a touchpoint: a point of the emotion curve, from -3 to +3. */
export interface BlueprintFeeling extends Located {
    score: number;
    text: string;
}

/** A delight or an adaptation. */
export interface BlueprintNote extends Located {
    text: string;
}

export interface BlueprintTouchpoint extends Located {
    name: string;
    title?: string;
    channel: string;
    /** The audience the touchpoint serves (`for`); absent when it serves all of them. */
    audience?: string;
    /** The key-moment kinds, in the order written, and whether it is a moment of trial. */
    moment?: { kinds: string[]; trial: boolean };
    /** The elements its expectations cover, own and from applied norms, in the canonical order. */
    coverage: ServiceElement[];
    expectations: BlueprintExpectation[];
    risks: BlueprintRisk[];
    delights: BlueprintNote[];
    adaptations: BlueprintNote[];
    waits: BlueprintWait[];
    feeling?: BlueprintFeeling;
    lanes: Record<LaneId, LaneItem[]>;
    /** One per risk: the fail-point badges on the touchpoint. */
    failPoints: FailPoint[];
    /** Responsiveness bounds over the wait threshold. */
    waitPoints: WaitPoint[];
    /** When the touchpoint runs, in seconds from the start of the journey: its bounds after those before it. */
    time: { from: number; to: number };
    /** What a survey measured here (see src/survey/blueprint-gaps.ts); absent without a survey. */
    measured?: MeasuredGaps;
}

/** A measured gap (perception − expectation, weighted by respondents) and the scores it comes from. */
export interface MeasuredGap {
    gap: number;
    expectation: number;
    perception: number;
    respondents: number;
}

/** A touchpoint's measured gaps: per element, and their mean weighted by respondents. */
export interface MeasuredGaps {
    cells: Partial<Record<ServiceElement, MeasuredGap>>;
    score?: { gap: number; respondents: number };
}

export interface BlueprintScene extends Located {
    name: string;
    title?: string;
    setting?: string;
    budget?: string;
    /** The touchpoints' bounds added up (as the scene-budget rule adds them), against the budget, in seconds. */
    time: { total: number; budget?: number; over: boolean };
    touchpoints: BlueprintTouchpoint[];
}

/** One service's blueprint. Its own `findings` are those that concern the service as a whole. */
export interface BlueprintModel extends Located {
    service: string;
    title?: string;
    audiences: BlueprintAudience[];
    scenes: BlueprintScene[];
    /** The wait threshold the wait points were marked against, in seconds. */
    waitThreshold: number;
    /** The survey whose gaps the touchpoints carry (`measured`): its file, its current wave and the service's score. */
    survey?: { file: string; wave: string; score?: { gap: number; respondents: number } };
}

export interface BlueprintOptions {
    /** A responsiveness bound over this many seconds marks a wait point; 5 minutes by default. */
    waitThreshold?: number;
}

/** The services of a spec file, in the order they are written. */
export function servicesOf(model: Model): Service[] {
    return model.elements.filter(isService);
}

/**
 * Picks the service to draw: the one named, else the one around the position, else the first.
 * Returns undefined when a name is given but no service has it, or when there is no service.
 */
export function selectService(model: Model, name?: string, position?: SourcePosition): Service | undefined {
    const services = servicesOf(model);
    if (name !== undefined) {
        return services.find(service => service.name === name);
    }
    if (position) {
        const around = services.find(service => contains(rangeOf(service.$cstNode), { start: position, end: position }));
        if (around) return around;
    }
    return services[0];
}

/**
 * Computes the blueprint of a service. `diagnostics` are the validation findings of the service's
 * document; each is attached to the innermost item, touchpoint, scene or service that holds it.
 *
 * A spec being typed parses into an incomplete tree in which a name, a text or a reference the
 * grammar requires may be missing (lists are always there), so every read below tolerates that:
 * the preview must draw whatever is there.
 */
export function buildBlueprint(service: Service, diagnostics: readonly Diagnostic[] = [], options: BlueprintOptions = {}): BlueprintModel {
    const context: BuildContext = { targets: [], clock: 0, waitThreshold: options.waitThreshold ?? DEFAULT_WAIT_THRESHOLD_SECONDS };
    const scenes = service.members.filter(isScene).map(scene => sceneOf(scene, context));
    const audiences = service.members.filter(isAudience).map(audience => ({
        name: audience.name ?? '',
        ...present('description', audience.description),
        ...present('pace', audience.pace),
        range: rangeOf(audience.$cstNode),
        findings: []
    }));
    const blueprint: BlueprintModel = {
        service: service.name ?? '',
        ...present('title', service.title),
        range: rangeOf(service.$cstNode),
        findings: [],
        audiences,
        scenes,
        waitThreshold: context.waitThreshold
    };
    const findingTargets = context.targets;
    attachFindings(blueprint, findingTargets, diagnostics);
    return blueprint;
}

interface BuildContext {
    targets: FindingTarget[];
    /** Seconds from the start of the journey to the end of the last touchpoint built. */
    clock: number;
    waitThreshold: number;
}

function sceneOf(scene: Scene, context: BuildContext): BlueprintScene {
    const total = sceneBoundsTotal(scene);
    const budget = scene.budget?.value === undefined ? undefined : secondsOf(scene.budget);
    return {
        name: scene.name ?? '',
        ...present('title', scene.title),
        ...present('setting', scene.setting),
        ...present('budget', durationText(scene.budget)),
        time: { total, ...present('budget', budget), over: budget !== undefined && !fitsBudget(total, budget) },
        range: rangeOf(scene.$cstNode),
        findings: [],
        touchpoints: scene.touchpoints.map(touchpoint => touchpointOf(touchpoint, context))
    };
}

function touchpointOf(touchpoint: Touchpoint, context: BuildContext): BlueprintTouchpoint {
    const lanes: Record<LaneId, LaneItem[]> = { evidence: [], customer: [], frontstage: [], backstage: [], support: [] };
    const actions: LaneItem[] = [];
    touchpoint.actions.forEach((action, index) => {
        const { lane, item } = laneItemOf(action, index + 1);
        lanes[lane].push(item);
        actions.push(item);
    });
    for (const evidence of touchpoint.evidence) {
        for (const prop of evidence.props) {
            lanes.evidence.push({
                label: prop.ref?.name ?? prop.$refText ?? '',
                text: prop.ref?.description ?? '',
                ...present('description', prop.ref?.description),
                range: rangeOf(prop.$refNode ?? evidence.$cstNode),
                findings: []
            });
        }
    }
    // Each drawn expectation by the statement it comes from, so that a conflict finds both of its cards.
    const drawn = new Map<Expectation, BlueprintExpectation[]>();
    const draw = (expectation: Expectation, range: SourceRange, norm?: string) => {
        const cards = expectationOf(expectation, range, norm);
        drawn.set(expectation, [...(drawn.get(expectation) ?? []), ...cards]);
        return cards;
    };
    const ownExpectations = touchpoint.expectations.flatMap(expectation => draw(expectation, rangeOf(expectation.$cstNode)));
    const normExpectations = touchpoint.applies.flatMap(applies => {
        const norm = applies.norm?.ref;
        return (norm?.expectations ?? []).flatMap(expectation => draw(expectation, rangeOf(applies.$cstNode), norm!.name));
    });
    const expectations = [...ownExpectations, ...normExpectations];
    for (const { own, rival, norm } of boundConflictsOf(touchpoint)) {
        const mark: BoundConflictMark = { here: durationText(own.bound) ?? '', inNorm: durationText(rival.bound) ?? '', norm: norm.name };
        for (const card of [...drawn.get(own) ?? [], ...drawn.get(rival) ?? []]) (card.conflicts ??= []).push(mark);
    }
    const covered = new Set(expectations.map(expectation => expectation.element));
    const risks: BlueprintRisk[] = touchpoint.risks.map(risk => {
        const named = actionsNamedBy(`${risk.name ?? ''} ${risk.description ?? ''}`, actions);
        const failPoint: FailPoint = { risk: risk.name ?? '', recovered: risk.recovery !== undefined };
        for (const action of named) (action.failPoints ??= []).push(failPoint);
        return {
            name: risk.name ?? '',
            ...present('description', risk.description),
            ...present('recovery', risk.recovery && {
                text: risk.recovery.text ?? '',
                ...present('by', risk.recovery.performer?.$refText || undefined),
                ...present('within', durationText(risk.recovery.bound)),
                range: rangeOf(risk.recovery.$cstNode)
            }),
            steps: named.map(action => action.step!),
            range: rangeOf(risk.$cstNode),
            findings: []
        };
    });
    // A bounded `wait` line is the badge; without one, a responsiveness bound over the threshold is.
    const statedWaits: WaitPoint[] = touchpoint.waits.flatMap(wait => wait.bound
        ? [{ within: durationText(wait.bound)!, seconds: secondsOf(wait.bound), text: wait.text ?? '', range: rangeOf(wait.$cstNode), findings: [] }]
        : []);
    const waitPoints: WaitPoint[] = statedWaits.length > 0 ? statedWaits : expectations.flatMap(expectation => {
        if (expectation.element !== 'responsiveness' || !expectation.within) return [];
        const seconds = expectation.seconds ?? 0;
        return seconds > context.waitThreshold
            ? [{ within: expectation.within, seconds, text: expectation.text, range: expectation.range, findings: [] }]
            : [];
    });
    const from = context.clock;
    context.clock += touchpointBoundSeconds(touchpoint);
    const note = (node: AstNode & { text: string }): BlueprintNote => ({ text: node.text ?? '', range: rangeOf(node.$cstNode), findings: [] });
    const kinds = touchpoint.moment?.kinds.filter(kind => kind !== undefined) ?? [];
    const moment = kinds.length === 0 ? undefined : { kinds, trial: touchpoint.moment!.trial };
    const waits: BlueprintWait[] = touchpoint.waits.map(wait => ({
        text: wait.text ?? '',
        ...present('within', durationText(wait.bound)),
        range: rangeOf(wait.$cstNode),
        findings: []
    }));
    const feelingNode = touchpoint.feelings[0];
    // While the number is still being typed there is no score (NaN would not survive JSON).
    const feeling: BlueprintFeeling | undefined = feelingNode?.score === undefined || Number.isNaN(feelingNode.score) ? undefined
        : { score: feelingNode.score, text: feelingNode.text ?? '', range: rangeOf(feelingNode.$cstNode), findings: [] };
    const result: BlueprintTouchpoint = {
        name: touchpoint.name ?? '',
        ...present('title', touchpoint.title),
        channel: touchpoint.channel ?? '',
        ...present('audience', touchpoint.audience?.$refText || undefined),
        ...present('moment', moment),
        coverage: SERVICE_ELEMENTS.filter(element => covered.has(element)),
        expectations,
        risks,
        delights: touchpoint.delights.map(note),
        adaptations: touchpoint.adaptations.map(note),
        waits,
        ...present('feeling', feeling),
        lanes,
        failPoints: risks.map(risk => ({ risk: risk.name, recovered: risk.recovery !== undefined })),
        waitPoints,
        time: { from, to: context.clock },
        range: rangeOf(touchpoint.$cstNode),
        findings: []
    };
    for (const expectation of expectations) delete expectation.seconds;
    // Norm expectations share the `applies` range, so findings there go to the touchpoint itself.
    context.targets.push({
        touchpoint: result,
        items: [
            ...LANE_IDS.flatMap(lane => lanes[lane]), ...ownExpectations, ...risks, ...result.delights, ...result.adaptations,
            ...waits, ...(feeling ? [feeling] : [])
        ]
    });
    return result;
}

/**
 * The actions a risk names: those whose performer the risk's name or description mentions by name
 * ("the Payments link drops" names every action of Payments in the touchpoint). A Latin name must
 * stand as a whole word, in any case; a Chinese or other name without spaces is found anywhere.
 */
export function actionsNamedBy(riskText: string, actions: readonly LaneItem[]): LaneItem[] {
    const text = riskText.toLowerCase();
    const mentioned = new Map<string, boolean>();
    const mentions = (name: string): boolean => {
        let found = mentioned.get(name);
        if (found === undefined) {
            found = mentionsName(text, name.toLowerCase());
            mentioned.set(name, found);
        }
        return found;
    };
    return actions.filter(action => action.label !== undefined && action.label !== '' && mentions(action.label));
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const LATIN_NAME = /^[\p{Script=Latin}\p{N}_]+$/u;

function mentionsName(text: string, name: string): boolean {
    if (!LATIN_NAME.test(name)) return text.includes(name);
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const before = text[at - 1];
        const after = text[at + name.length];
        if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
    }
    return false;
}

/** An expectation as drawn; none while its element is still being typed. `seconds` is dropped once used. */
function expectationOf(expectation: Expectation, range: SourceRange, norm?: string): (BlueprintExpectation & { seconds?: number })[] {
    if (!expectation.element) return [];
    return [{
        element: elementOf(expectation),
        text: expectation.text ?? '',
        ...present('within', durationText(expectation.bound)),
        ...present('seconds', expectation.bound?.value === undefined ? undefined : secondsOf(expectation.bound)),
        ...present('norm', norm),
        range,
        findings: []
    }];
}

function laneItemOf(action: Action, step: number): { lane: LaneId; item: LaneItem } {
    const range = rangeOf(action.$cstNode);
    const text = action.text ?? '';
    if (isCustomerAction(action)) {
        return { lane: 'customer', item: { text, step, range, findings: [] } };
    }
    const performer = action.performer?.ref;
    const item: LaneItem = {
        label: performer?.name ?? action.performer?.$refText ?? '',
        text,
        ...present('description', performer?.description),
        step,
        range,
        findings: []
    };
    // A system the customer operates (an app, a kiosk) acts above the line of visibility, as staff there do.
    if (isSupportSystem(performer)) return { lane: performer.frontstage ? 'frontstage' : 'support', item };
    if (isActor(performer) && performer.stage === 'backstage') return { lane: 'backstage', item };
    // A frontstage actor, or a name that does not resolve (its finding then marks the item).
    return { lane: 'frontstage', item };
}

/** An optional property, left out when it has no value so that the JSON stays clean. */
function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function durationText(duration: Duration | undefined): string | undefined {
    return duration?.value === undefined ? undefined : `${duration.value} ${duration.unit ?? ''}`.trim();
}

/**
 * A node's range as Langium keeps it (a plain object, never changed by the blueprint): not copied,
 * since a large service has thousands of items.
 */
function rangeOf(node: CstNode | undefined): SourceRange {
    return node?.range ?? NO_RANGE;
}

const NO_RANGE: SourceRange = Object.freeze({ start: Object.freeze({ line: 0, character: 0 }), end: Object.freeze({ line: 0, character: 0 }) });
