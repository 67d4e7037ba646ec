import type { Element, ServiceDramaKeywordNames } from '../generated/ast.js';

/** Every keyword a writer can hover or complete: the grammar's keywords without punctuation. */
export type WordKeyword = Exclude<ServiceDramaKeywordNames, ',' | '{' | '}' | '+' | '-'>;

/** The five elements of service experience by their main keyword; `friendliness` is the seeds' name for `assurance`. */
export type ElementName = Exclude<Element, 'friendliness'>;

/** Keywords other than the five elements. */
export type TermKeyword = Exclude<WordKeyword, Element>;

/** What kind of word a keyword is; shown beside its name in hovers and completion. */
export type HelpCategory = 'element' | 'declaration' | 'statement' | 'channel' | 'moment' | 'stage' | 'pace' | 'unit';

/** Help on one of the five elements, as a service-design coach would give it. */
export interface ElementHelp {
    /** The element's name in this language, e.g. 可靠性. */
    name: string;
    /** What the customer judges on this element. */
    judges: string;
    /** Questions to ask of a script. */
    questions: string[];
    /** A short case from the seeds. */
    example: string;
}

/** Help on any other keyword. Texts are Markdown. */
export interface TermHelp {
    /** The term's name in this language, e.g. 当面接触. */
    name: string;
    /** What it means and how to use it. */
    text: string;
    questions?: string[];
    example?: string;
    /** A line of Service Drama that shows the keyword in use. */
    usage?: string;
}

/** Phrases for hovers on declarations and references. */
export interface DeclarationTexts {
    kinds: {
        service: string;
        audience: string;
        actor: string;
        system: string;
        prop: string;
        scene: string;
        touchpoint: string;
        risk: string;
        norm: string;
    };
    /** "scene 2 of 3 in Hotpot" (the service name arrives formatted). */
    scenePosition(position: number, total: number, service: string): string;
    /** "in scene Waiting" (the scene name arrives formatted). */
    inScene(scene: string): string;
    actsIn(touchpoints: number, scenes: number): string;
    shownIn(touchpoints: number, scenes: number): string;
    appliedIn(touchpoints: number, files: number): string;
    /** For a declaration that no touchpoint uses yet. */
    unused: string;
    serviceSize(scenes: number, touchpoints: number): string;
    /** The touchpoints of a scene: their count and their names, already joined. */
    sceneTouchpoints(touchpoints: number, names: string): string;
    risks(total: number, withoutRecovery: number): string;
    delights(count: number): string;
    labels: {
        pace: string;
        setting: string;
        budget: string;
        moment: string;
        expectations: string;
        covers: string;
        missing: string;
        recovery: string;
    };
    /** The moment is also a moment of trial. */
    trial: string;
    /** The touchpoint or norm states no expectation at all. */
    noExpectation: string;
    /** A risk without recovery. */
    noRecovery: string;
    /** Between items of a list. */
    listSeparator: string;
}

/**
 * All help texts of one language. Each language has one module typed by this interface,
 * so the compiler reports any entry that a translation is missing.
 */
export interface HelpTexts {
    categories: Record<HelpCategory, string>;
    /** Between a label and its text: ': ' or '：'. */
    colon: string;
    headings: {
        judges: string;
        questions: string;
        example: string;
        rules: string;
    };
    /** Shown on `friendliness`: it is the same element as `assurance`. */
    friendlinessNote: string;
    elements: Record<ElementName, ElementHelp>;
    terms: Record<TermKeyword, TermHelp>;
    declarations: DeclarationTexts;
    journey: JourneyTexts;
}

/** Phrases for hovers on what a touchpoint says about the journey: its audience, feeling, waits and who recovers. */
export interface JourneyTexts {
    /** The kind of a system the customer operates, shown instead of "support system". */
    frontstageSystem: string;
    labels: {
        audience: string;
        feeling: string;
        waits: string;
        recoveredBy: string;
    };
    /** A touchpoint without `for` serves every audience of its service. */
    allAudiences: string;
    /** How fast a recovery is carried out: "within 15 min". */
    withinBound(bound: string): string;
}
