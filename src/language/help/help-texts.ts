import type { Element, ServiceDramaKeywordNames } from '../generated/ast.js';
import type { ChineseKeyword, EnglishKeyword } from '../keywords.js';

/** Every keyword a writer can hover or complete, by its English spelling (a Chinese keyword gets the help of its twin). */
export type WordKeyword = EnglishKeyword;

/** The grammar's word keywords in English: the keyword test checks at compile time that they are the twin table's. */
export type GrammarEnglishWords = Exclude<ServiceDramaKeywordNames, ',' | '，' | '、' | '{' | '}' | '+' | '-' | ChineseKeyword | '分'>;

/** The five elements of service experience by their main keyword; `friendliness` is another keyword for `assurance`. */
export type ElementName = Exclude<Extract<Element, EnglishKeyword>, 'friendliness'>;

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
    /** A short case from service practice. */
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

/** Texts of the editor's comforts: the "fix all" action and the inlay hints. */
export interface EditorTexts {
    /** The title of the source action that applies every fix that needs no judgement. */
    fixAll: string;
    /** After a scene's budget: the touchpoints' longest bounds added up, then the budget ("Σ 23 min of 20 min"). */
    sceneTotal(total: string, budget: string): string;
    /** Hover on that hint. */
    sceneTotalTooltip: string;
    /** After `applies NORM`: how many expectations the norm adds. */
    normAdds(expectations: number): string;
    /** The prompt of "New Spec from Template". */
    pickTemplate: string;
    /** Each template of "New Spec from Template" (templates/ID.LOCALE.drama) as the picker shows it. */
    templates: Record<'first-service' | 'empty-service', { label: string; detail: string }>;
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
    studio: StudioTexts;
    editor: EditorTexts;
    blueprint: BlueprintTexts;
    cli: CliTexts;
    survey: SurveyTexts;
    messages: MessageTexts;
    rename: RenameTexts;
    journey: JourneyTexts;
    convert: ConvertTexts;
    keywordNames: KeywordNameTexts;
}

/** Syntax errors about names spelt as keywords: a Chinese keyword is as reserved as an English one. */
export interface KeywordNameTexts {
    /** A name spelt as a keyword; `twin` is the keyword's spelling in the other language. */
    isKeyword(name: string, twin: string): string;
    /** A name run together with the keyword after it (`取号当面`): the space before `keyword` is missing. */
    missingSpace(written: string, keyword: string, separated: string): string;
}

/** Messages written outside the rules: syntax errors, suppression comments, the rule configuration. */
export interface MessageTexts {
    /** What a grammar rule or terminal is called in a syntax error. */
    grammarNames: {
        Element: string;
        Channel: string;
        MomentKind: string;
        Stage: string;
        Pace: string;
        TimeUnit: string;
        /** A feeling's number, -3 to +3. */
        Score: string;
        ID: string;
        STRING: string;
        NUMBER: string;
        EOF: string;
    };
    /** "Expected a name but found '{'." */
    mismatch(expected: string, found: string): string;
    /** Text after the last block of the file; `service` and `norm` arrive in the file's keyword language. */
    topLevel(found: string, service: string, norm: string): string;
    /** A value that is not one of a grammar rule's keywords: "Unknown channel 'face2face': use one of …". */
    unknownValue(what: string, found: string, choices: string): string;
    unexpected(found: string, choices: string): string;
    /** Between the choices of a syntax error. */
    choiceSeparator: string;
    /** A `drama-disable-next-line` comment names a rule that does not exist. */
    unknownSuppressedRule(directive: string, id: string): string;
    /** The `serviceDrama.rules` setting is wrong; the problem arrives described. */
    settingProblem(problem: string): string;
    /** The configuration file is wrong; the file and the problem arrive described. */
    configFileProblem(file: string, problem: string): string;
    /** A character the lexer cannot read, already shown safely; `more` unreadable characters follow it. */
    unexpectedCharacter(shown: string, more: number): string;
    /** A feeling whose number, as written, is not a whole number from -3 to +3. */
    feelingOutOfRange(written: string): string;
    /** A second feeling in a touchpoint; the first one's number arrives signed (+2). */
    oneFeeling(touchpoint: string, first: string): string;
}

/** The words of the service blueprint: its lanes, lines and cards, the tooltips and the HTML legend. */
export interface BlueprintTexts {
    /** The `lang` of the HTML page. */
    languageTag: string;
    /** "Service blueprint: Hotpot dinner" (the page title and the picture's accessible name). */
    title(service: string): string;
    /** The lanes, then the quality rows, top to bottom. */
    rows: {
        evidence: string;
        customer: string;
        frontstage: string;
        backstage: string;
        support: string;
        expectations: string;
        risks: string;
        notes: string;
        /** The lane above the evidence that draws the touchpoints' feelings. */
        feeling: string;
    };
    /** The three lines between the lanes. */
    lines: {
        interaction: string;
        visibility: string;
        internal: string;
    };
    /** The tag of each element on a touchpoint's chips: a few letters, or two characters. */
    chips: Record<ElementName, string>;
    /** A chip's tooltip: the element's name and whether the touchpoint's expectations cover it. */
    chipTooltip(element: string, covered: boolean): string;
    /** A keyword shown in a touchpoint's header (channel, moment kind, `trial`). */
    keyword(keyword: TermKeyword): string;
    /** Between the parts of a header line. */
    separator: string;
    /** Under the service's title: the service as it is named in the spec. */
    serviceName(name: string): string;
    budget(duration: string): string;
    within(duration: string): string;
    fromNorm(norm: string): string;
    recovery: string;
    /** Under a recovery: who carries it out and how fast, each when the spec says it. */
    recoveryDetails(by?: string, within?: string): string;
    noRecovery: string;
    /** On a touchpoint card: the one audience it serves (`for`). */
    forAudience(audience: string): string;
    delight: string;
    adaptation: string;
    /** A finding in a tooltip or on the service card; the rule id may be missing. */
    finding(severity: 'error' | 'warning' | 'info' | 'hint', message: string, rule?: string): string;
    /** An audience on the service card; its pace, when given, arrives as the header shows keywords. */
    audience(name: string, pace?: string): string;
    /** On a touchpoint card: when it runs, counted from the start of the journey by the bounds before it. */
    runningTime(from: string, to: string): string;
    /** On a scene card: its touchpoints' bounds added up, against its budget when it has one. */
    timeBounds(total: string, budget?: string): string;
    overBudget: string;
    /** The letter in a badge: F for a fail point, W for a wait point, ≠ for conflicting bounds. */
    badges: { fail: string; wait: string; conflict: string };
    /** A fail-point badge's tooltip: the risk and whether it has a recovery. */
    failPoint(risk: string, recovered: boolean): string;
    /** A wait-point badge's tooltip: the bound and what is awaited. */
    waitPoint(within: string, text: string): string;
    /** The conflicting-bounds badge's tooltip: the touchpoint's bound and the norm's, as written. */
    boundConflict(here: string, inNorm: string, norm: string): string;
    /** A point of the emotion curve on hover: the score, signed (+2), and the feeling's words. */
    feelingPoint(score: string, text: string): string;
    legend: {
        boxes: string;
        lines: string;
        elements: string;
        findings: string;
        expectation: string;
        risk: string;
        delight: string;
        adaptation: string;
        /** What a marker of this severity means. */
        marker(severity: 'error' | 'warning' | 'info'): string;
        flow: string;
        /** A numbered step and the arrow to the next one, within a touchpoint. */
        step: string;
        /** The dashed arrow from a touchpoint's last step to the next touchpoint. */
        handoff: string;
        marks: string;
        failRecovered: string;
        failUnrecovered: string;
        /** The wait badge; the threshold arrives written as a duration. */
        wait(threshold: string): string;
        /** The running-time line on a touchpoint card. */
        runningTime: string;
        timeWithin: string;
        timeOver: string;
        trial: string;
        /** The badge on both cards of a conflict between a touchpoint's bound and a norm's. */
        conflict: string;
        /** The emotion curve's section and entries: the line with its points, their shapes, the zero line, a gap. */
        emotion: string;
        feelingCurve: string;
        feelingShapes: string;
        feelingZero: string;
        feelingGap: string;
    };
    /** The CodeLens above each service. */
    openBlueprint: string;
    /** The preview panel beside the editor. */
    preview: {
        title: string;
        /** The panel's tab: the title and the service or file shown. */
        tab(name: string): string;
        service: string;
        zoomIn: string;
        zoomOut: string;
        zoomReset: string;
        loading: string;
        noService: string;
        /** A file of norms only; the norms' names arrive joined. */
        normsOnly(norms: string): string;
        listSeparator: string;
        failed: string;
        openSpecFirst: string;
        /** The toolbar button that saves the blueprint as SVG, PNG or HTML. */
        export: string;
        /** The save dialog's file types. */
        exportTypes: { svg: string; png: string; html: string };
        /** After saving; the file's name arrives. */
        exported(file: string): string;
        exportFailed: string;
    };
}

/** Texts of the command line beyond the rule messages. */
export interface CliTexts {
    /** The stylish report's last line when nothing was found. */
    noProblems(files: number): string;
    /** The stylish report's last line: counts of findings in the files checked. */
    problems(counts: { problems: number; errors: number; warnings: number; infos: number; files: number }): string;
    /** More warnings than `--max-warnings` allows. */
    tooManyWarnings(warnings: number, allowed: number): string;
    /** What `blueprint -o` says when the file is written. */
    blueprintWritten(service: string, file: string): string;
    /** The heading of the html and markdown reports. */
    reportTitle: string;
    /** The column heads of the html and markdown reports' tables. */
    columns: { where: string; severity: string; rule: string; message: string };
    /** What `lint --fix` says when it wrote fixes. */
    fixed(files: number): string;
    /** How many files the ignores left out. */
    ignoredFiles(files: number): string;
    /** What `--output FORMAT=FILE` says once the file is written. */
    reportWritten(format: string, file: string): string;
    /** What `init` says for each file it writes. */
    initWritten(file: string): string;
    /** The comments of the configuration `init` writes. */
    initComments: { header: string; extends: string; rules: string; overrides: string; ignores: string };
    /** A PNG with Chinese text was drawn without a font for it. */
    noCjkFont: string;
}

/** Rewriting a file's keywords in the other language: the editor's code actions and `service-drama convert`. */
export interface ConvertTexts {
    /** What is said for each keyword language a file can be converted to. */
    to: Record<'zh' | 'en', {
        /** The code action's title. */
        action: string;
        /** `convert` rewrote the file in place. */
        converted(file: string, keywords: number): string;
        /** `convert -o` wrote the converted file elsewhere. */
        written(file: string, output: string, keywords: number): string;
        /** The file already uses only this language's keywords; it is left as it is. */
        unchanged(file: string): string;
    }>;
    /** Why the code actions cannot convert the file now. */
    syntaxErrorReason(line: number): string;
    /** A file `convert` leaves as it is because it has a syntax error. */
    syntaxError(file: string, line: number, column: number, message: string): string;
    /** `service-drama convert --help`. */
    usage: string;
}

/** The studio page (`service-drama studio`): its buttons, notes and messages. */
export interface StudioTexts {
    title: string;
    specs: string;
    open: string;
    save: string;
    download: string;
    exportBlueprint: string;
    language: string;
    service: string;
    /** The state of the spec in the editor, with its file name. */
    saved(file: string): string;
    saveFailed(file: string, reason: string): string;
    openFailed(file: string, reason: string): string;
    unsaved: string;
    problems(errors: number, warnings: number, infos: number): string;
    noProblems: string;
    drawing: string;
    drawFailed(reason: string): string;
    /** Shown when the page runs from disk, without the studio's server. */
    singleSpec: string;
    /** Where the FOLDER's specs are shown; the folder's name arrives as it is. */
    folder(name: string): string;
}

/** Why the editor may not rename; shown where the new name is typed. Names arrive as typed. */
export interface RenameTexts {
    /** The cursor is on a keyword, a text or punctuation. */
    nothingToRename: string;
    notAName(name: string): string;
    /** A keyword of either language; `twin` is its spelling in the other. */
    keyword(name: string, twin: string): string;
    /** Another declaration of the same kind (already in this language) in the same scope has the name. */
    taken(kind: string, name: string, where: string): string;
    /** Where that declaration is: in this file, or in another. */
    onLine(line: number): string;
    inFile(file: string, line: number): string;
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
    /** After a wait point's text: how long it may last, " (20 min)". */
    waitBound(bound: string): string;
}

/** Measured quality: the survey's problems, the gap report (`gaps`), the heat map and the hover. */
export interface SurveyTexts {
    /** What is wrong with a row or the file; the values arrive as written in the file. */
    problems: {
        unreadable(reason: string): string;
        syntax(reason: string): string;
        notAList: string;
        notAnObject: string;
        missingColumn(column: string): string;
        empty(column: string): string;
        unknownElement(value: string): string;
        notAScore(column: string, value: string): string;
        badRespondents(value: string): string;
        duplicate(line: number): string;
        /** The services the specs declare arrive joined. */
        unknownService(service: string, known: string): string;
        unknownTouchpoint(service: string, touchpoint: string): string;
    };
    /** The last line when the survey has problems and `--lenient` was not given. */
    problemsFound(problems: number): string;
    /** `lint`: the survey the configuration names has problems. */
    lintProblems(problems: number): string;
    /** With `--lenient`: how many rows were left out. */
    skipped(problems: number): string;
    /** `--wave` names no wave of the survey; the waves arrive joined. */
    noSuchWave(wave: string, waves: string): string;
    /** The survey has no row for any service of the specs. */
    nothingMeasured: string;
    /** A wave as headings name it; '' is the wave of rows without one. */
    wave(wave: string): string;
    /** The heading of a service's table: its name and the wave. */
    serviceHeading(service: string, wave: string): string;
    columns: { touchpoint: string; score: string; respondents: string };
    /** The row of service-level scores (rows with no touchpoint). */
    serviceLevel: string;
    /** The row of element scores and the service's score. */
    elementScores: string;
    /** The service's SERVQUAL score, with its respondents. */
    servqualScore(gap: string, respondents: number): string;
    /** What follows the score: its change since the previous wave (named as `wave` names it), in brackets. */
    scoreChange(change: string, previous: string): string;
    /** The weakest moment; `trial` says it is a moment of trial. */
    weakest(touchpoint: string, gap: string, element: string, trial: boolean): string;
    unmeasuredHeading: string;
    undesignedHeading: string;
    /** The heading of the touchpoints that got worse since the previous wave. */
    worseHeading(previous: string): string;
    noneWorse(previous: string): string;
    /** Marks a touchpoint that is a moment of trial, in tables. */
    trialMark: string;
    /** The hover on a touchpoint: its heading, one line per measured element, what is not measured. */
    hoverHeading(wave: string): string;
    hoverCell(element: string, gap: string, expectation: string, perception: string, respondents: number): string;
    hoverNotMeasured(elements: string): string;
    hoverNoData: string;
    /** The tooltip of a heat chip on the blueprint. */
    chipTooltip(element: string, gap: string, expectation: string, perception: string, respondents: number): string;
    legend: {
        title: string;
        /** The scale's bins: much worse than expected to much better. */
        bins: [string, string, string, string, string];
        notMeasured: string;
        /** The mark `*`: measured where the script designs nothing for that element. */
        undesigned: string;
        column: string;
    };
}
