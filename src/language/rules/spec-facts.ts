import { AstUtils, type AstNode } from 'langium';
import {
    isActor, isCastAction, isCustomerAction, isScene, isService, isSupportSystem,
    type Duration, type Expectation, type Norm, type Performer, type Scene, type Service, type Touchpoint
} from '../generated/ast.js';
import { chineseTexts } from '../help/texts.zh.js';
import type { TermKeyword } from '../help/help-texts.js';
// From i18n, not ./rule.js: the blueprint model (bundled for the browser studio) reads these facts without the language services.
import type { Localized } from '../i18n/locale.js';
import { english, keywordIn, type KeywordLanguage } from '../keywords.js';

/** Facts about a spec that several rules ask for. */

export const FIVE_ELEMENTS = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'] as const;
export type FiveElement = typeof FIVE_ELEMENTS[number];

/** An element as messages name it: its keyword in English, its name in Chinese (可靠性). */
export function elementName(element: FiveElement): Localized {
    return { en: element, zh: chineseTexts.elements[element].name };
}

/** An element named so that the writer sees what to type: `reliability`, 可靠性（`reliability`）. */
export function elementWithKeyword(element: FiveElement): Localized {
    return { en: element, zh: `${chineseTexts.elements[element].name}（\`${element}\`）` };
}

/** A touchpoint's channel as messages name it: the keyword in English, 当面接触 in Chinese. */
export function channelName(touchpoint: Touchpoint): Localized {
    return { en: touchpoint.channel, zh: chineseTexts.terms[touchpoint.channel as TermKeyword].name };
}

/** The element an expectation is about; `friendliness` is another keyword for assurance. */
export function elementOf(expectation: Expectation): FiveElement {
    const element = english(expectation.element);
    return element === 'friendliness' ? 'assurance' : element;
}

/** A touchpoint's own expectations followed by those of the norms it applies (the ones that resolve). */
export function expectationsOf(touchpoint: Touchpoint): Expectation[] {
    const fromNorms = touchpoint.applies.flatMap(applies => applies.norm?.ref?.expectations ?? []);
    return [...touchpoint.expectations, ...fromNorms];
}

/** True when an `applies` names a norm that cannot be found: what it adds is unknown. */
export function appliesUnknownNorm(touchpoint: Touchpoint): boolean {
    return touchpoint.applies.some(applies => !applies.norm?.ref);
}

export function touchpointsOf(service: Service): Touchpoint[] {
    return service.members.filter(isScene).flatMap(scene => scene.touchpoints);
}

export function serviceOf(node: AstNode): Service | undefined {
    return AstUtils.getContainerOfType(node, isService);
}

export function sceneOf(node: AstNode): Scene | undefined {
    return AstUtils.getContainerOfType(node, isScene);
}

/** Channels where the customer meets someone (or something that answers): face to face, by voice, by chat or on camera. */
const CONTACT_CHANNELS = new Set(['face-to-face', 'phone', 'chat', 'video']);

/** Face-to-face, phone, chat and video touchpoints put someone in front of the customer; remote ones a machine or material. */
export function isContact(touchpoint: Touchpoint): boolean {
    return CONTACT_CHANNELS.has(touchpoint.channel);
}

export function customerActs(touchpoint: Touchpoint): boolean {
    return touchpoint.actions.some(isCustomerAction);
}

/** The performers of the touchpoint's cast actions, in order; undefined when one of them cannot be resolved. */
export function performersIn(touchpoint: Touchpoint): Performer[] | undefined {
    const performers: Performer[] = [];
    for (const action of touchpoint.actions) {
        if (!isCastAction(action)) continue;
        const performer = action.performer?.ref;
        if (!performer) return undefined;
        performers.push(performer);
    }
    return performers;
}

/** A frontstage actor: a person the customer meets. */
export function isFrontstage(performer: Performer): boolean {
    return isActor(performer) && performer.stage === 'frontstage';
}

/** Technology the customer operates: an app, a kiosk, a phone menu, a chatbot, an ATM. */
export function isFrontstageSystem(performer: Performer): boolean {
    return isSupportSystem(performer) && performer.frontstage;
}

/** Whatever stands above the line of visibility: a frontstage actor or a frontstage system. */
export function facesCustomer(performer: Performer): boolean {
    return isFrontstage(performer) || isFrontstageSystem(performer);
}

/** What a performer is called in a message: "backstage actor Kitchen", "support system Payments". */
export function describePerformer(performer: Performer): Localized {
    if (isSupportSystem(performer)) {
        return performer.frontstage
            ? { en: `frontstage system ${performer.name}`, zh: `前台系统 ${performer.name}` }
            : { en: `support system ${performer.name}`, zh: `支持系统 ${performer.name}` };
    }
    return performer.stage === 'frontstage'
        ? { en: `frontstage actor ${performer.name}`, zh: `前台演员 ${performer.name}` }
        : { en: `backstage actor ${performer.name}`, zh: `后台演员 ${performer.name}` };
}

/**
 * A wait longer than this needs the customer to be kept informed: the default threshold of the
 * wait-needs-feedback rule, and where the blueprint marks a wait point. Five minutes, in seconds.
 */
export const DEFAULT_WAIT_THRESHOLD_SECONDS = 5 * 60;

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, min: 60, h: 3600, d: 86400 };

export function secondsOf(duration: Duration): number {
    return duration.value * (SECONDS_PER_UNIT[duration.unit] ?? 1);
}

/** The time a touchpoint may take: the longest 'within' bound of its expectations, norms included; 0 without one. */
export function touchpointBoundSeconds(touchpoint: Touchpoint): number {
    const bounds = expectationsOf(touchpoint).flatMap(expectation => expectation.bound ? [secondsOf(expectation.bound)] : []);
    return Math.max(0, ...bounds);
}

/** The longest 'within' bound of each of the scene's touchpoints (norms included), added up, in seconds. */
export function sceneBoundsTotal(scene: Scene): number {
    return scene.touchpoints.reduce((total, touchpoint) => total + touchpointBoundSeconds(touchpoint), 0);
}

/** Whether a total fits in a budget, both in seconds; rounding away floating-point noise: 0.1 h + 0.2 h fits in 0.3 h. */
export function fitsBudget(total: number, budget: number): boolean {
    return Math.round(total * 1000) <= Math.round(budget * 1000);
}

/** Reads a duration written as in a spec, `5 min` or `90s`; undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(s|min|h|d)\s*$/.exec(text);
    return match ? Number(match[1]) * SECONDS_PER_UNIT[match[2]] : undefined;
}

/** A number of seconds written in the given unit, as a spec would: `25 min`, `1.5 h`, or `25 分钟` in Chinese keywords. */
export function formatDuration(seconds: number, unit: string, language: KeywordLanguage = 'en'): string {
    const value = seconds / (SECONDS_PER_UNIT[unit] ?? 1);
    return `${Number(value.toFixed(2))} ${keywordIn(unit, language) ?? unit}`;
}

/** Joins names for a message: "a, b and c" / "a、b、c". */
export function joinNames(names: string[]): Localized {
    const zh = names.join('、');
    if (names.length <= 1) return { en: names.join(''), zh };
    return { en: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`, zh };
}

/** A touchpoint's own bound and an applied norm's bound that promise the same thing differently. */
export interface BoundConflict {
    /** The touchpoint's own expectation. */
    own: Expectation;
    /** The norm's expectation of the same element, about the same thing, with another bound. */
    rival: Expectation;
    norm: Norm;
}

/**
 * The conflicting bounds of a touchpoint: the one detection the conflicting-bounds rule reports and
 * the blueprint marks. For each applied norm, each bounded expectation of the touchpoint meets at most
 * one rival, the norm's first.
 */
export function boundConflictsOf(touchpoint: Touchpoint): BoundConflict[] {
    const conflicts: BoundConflict[] = [];
    for (const applies of touchpoint.applies) {
        const norm = applies.norm?.ref;
        if (!norm) continue;
        for (const own of touchpoint.expectations) {
            if (!own.bound) continue;
            const rival = norm.expectations.find(theirs => theirs.bound && elementOf(theirs) === elementOf(own)
                && secondsOf(theirs.bound) !== secondsOf(own.bound!) && aboutTheSameThing(own.text ?? '', theirs.text ?? ''));
            if (rival) conflicts.push({ own, rival, norm });
        }
    }
    return conflicts;
}

/**
 * Whether two expectations of one element promise the same thing, by the words they share: a norm's
 * "the phone is answered" and a touchpoint's "phone answered by a person" do; "greeting" and "table ready"
 * do not, and their bounds may differ. Chinese text is compared by pairs of characters.
 */
export function aboutTheSameThing(a: string, b: string): boolean {
    const wordsA = significantWords(a);
    const wordsB = significantWords(b);
    if (wordsA.size === 0 || wordsB.size === 0) return false;
    let shared = 0;
    for (const word of wordsA) if (wordsB.has(word)) shared++;
    return shared / Math.min(wordsA.size, wordsB.size) >= 0.5;
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'is', 'are', 'be', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'with', 'it', 'its', 'as', 'from', 'after', 'before']);

function significantWords(text: string): Set<string> {
    const words = new Set<string>();
    const lower = text.toLowerCase();
    for (const word of lower.match(/[a-z0-9]+/g) ?? []) {
        if (!STOP_WORDS.has(word)) words.add(word.replace(/(ed|ing|s)$/, ''));
    }
    for (const run of lower.match(/[\u3400-\u9fff]+/g) ?? []) {
        for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
        if (run.length === 1) words.add(run);
    }
    return words;
}
