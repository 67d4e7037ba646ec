import type { Locale, Localized } from '../i18n/locale.js';
import { englishKeyword, languageOfKeyword } from '../keywords.js';
import type { ElementName, HelpCategory, HelpTexts, TermKeyword, WordKeyword } from './help-texts.js';
import { englishTexts } from './texts.en.js';
import { chineseTexts } from './texts.zh.js';

const textsByLocale: Record<Locale, HelpTexts> = { en: englishTexts, zh: chineseTexts };

/** The help texts of one language. */
export function helpTexts(locale: Locale): HelpTexts {
    return textsByLocale[locale];
}

/** One entry of the catalogues in every language, for a text that is built once for all of them. */
export function fromCatalogues(pick: (texts: HelpTexts) => string): Localized {
    return { en: pick(textsByLocale.en), zh: pick(textsByLocale.zh) };
}

/** What kind of word each keyword is. A new keyword in the grammar must be placed here. */
const categories: Record<WordKeyword, HelpCategory> = {
    reliability: 'element', responsiveness: 'element', assurance: 'element', friendliness: 'element', empathy: 'element', tangibles: 'element',
    service: 'declaration', audience: 'declaration', actor: 'declaration', system: 'declaration', prop: 'declaration',
    scene: 'declaration', touchpoint: 'declaration', risk: 'declaration', norm: 'declaration',
    pace: 'statement', setting: 'statement', budget: 'statement', moment: 'statement', customer: 'statement', evidence: 'statement',
    expect: 'statement', within: 'statement', recovery: 'statement', delight: 'statement', adapt: 'statement', applies: 'statement',
    wait: 'statement', feeling: 'statement', by: 'statement', for: 'statement',
    'face-to-face': 'channel', phone: 'channel', remote: 'channel', chat: 'channel', video: 'channel',
    'buy-or-not': 'moment', 'value-judgement': 'moment', feedback: 'moment', 'bad-news': 'moment', repeated: 'moment', trial: 'moment',
    frontstage: 'stage', backstage: 'stage', support: 'stage',
    urgent: 'pace', normal: 'pace', relaxed: 'pace',
    s: 'unit', min: 'unit', h: 'unit', d: 'unit'
};

/** The lint rules a keyword's help points to, by rule id. */
const relatedRules: Partial<Record<Exclude<WordKeyword, 'friendliness'>, readonly string[]>> = {
    reliability: ['five-elements-coverage', 'touchpoint-has-expectation', 'risk-has-recovery'],
    responsiveness: ['measurable-responsiveness', 'urgent-pace-bounded', 'wait-needs-feedback', 'conflicting-bounds', 'scene-budget', 'five-elements-coverage'],
    assurance: ['contact-needs-frontstage', 'line-of-visibility', 'five-elements-coverage'],
    empathy: ['bad-news-needs-care', 'urgent-pace-bounded', 'five-elements-coverage'],
    tangibles: ['tangibles-need-evidence', 'remote-needs-evidence', 'unused-declaration', 'five-elements-coverage'],
    service: ['five-elements-coverage', 'unique-names'],
    audience: ['urgent-pace-bounded', 'unique-names'],
    pace: ['urgent-pace-bounded'],
    urgent: ['urgent-pace-bounded'],
    actor: ['line-of-visibility', 'backstage-serves-frontstage', 'unused-declaration', 'unique-names'],
    system: ['line-of-visibility', 'backstage-serves-frontstage', 'machine-has-a-way-out', 'unused-declaration', 'unique-names'],
    support: ['line-of-visibility', 'backstage-serves-frontstage'],
    frontstage: ['contact-needs-frontstage', 'line-of-visibility', 'machine-has-a-way-out'],
    backstage: ['line-of-visibility', 'backstage-serves-frontstage'],
    prop: ['remote-needs-evidence', 'unused-declaration', 'unique-names'],
    scene: ['scene-has-touchpoint', 'scene-budget', 'unique-names'],
    budget: ['scene-budget'],
    touchpoint: ['touchpoint-has-expectation', 'customer-acts', 'contact-needs-frontstage', 'remote-needs-evidence', 'line-of-visibility'],
    'face-to-face': ['contact-needs-frontstage', 'line-of-visibility'],
    phone: ['contact-needs-frontstage', 'line-of-visibility', 'machine-has-a-way-out'],
    remote: ['remote-needs-evidence'],
    'bad-news': ['bad-news-needs-care'],
    trial: ['trial-has-risk'],
    delight: ['hollow-text'],
    adapt: ['hollow-text', 'machine-has-a-way-out'],
    customer: ['customer-acts'],
    evidence: ['remote-needs-evidence'],
    expect: ['touchpoint-has-expectation', 'five-elements-coverage', 'measurable-responsiveness', 'hollow-text'],
    within: ['measurable-responsiveness', 'scene-budget', 'urgent-pace-bounded', 'conflicting-bounds', 'recovery-is-concrete'],
    risk: ['risk-has-recovery', 'trial-has-risk', 'machine-has-a-way-out'],
    recovery: ['risk-has-recovery', 'recovery-is-concrete', 'hollow-text'],
    applies: ['touchpoint-has-expectation', 'conflicting-bounds'],
    norm: ['unused-declaration', 'unique-names'],
    chat: ['contact-needs-frontstage', 'line-of-visibility', 'machine-has-a-way-out'],
    video: ['contact-needs-frontstage', 'line-of-visibility'],
    wait: ['wait-needs-feedback', 'hollow-text'],
    by: ['recovery-is-concrete', 'machine-has-a-way-out'],
    for: ['urgent-pace-bounded']
};

export function isWordKeyword(value: string): value is WordKeyword {
    return Object.prototype.hasOwnProperty.call(categories, value);
}

/** The element a keyword names, with `friendliness` read as `assurance`; undefined for other keywords. */
export function elementOf(keyword: string): ElementName | undefined {
    if (keyword === 'friendliness') return 'assurance';
    return isWordKeyword(keyword) && categories[keyword] === 'element' ? keyword as ElementName : undefined;
}

export function keywordCategory(keyword: WordKeyword): HelpCategory {
    return categories[keyword];
}

function otherLocale(locale: Locale): Locale {
    return locale === 'zh' ? 'en' : 'zh';
}

/**
 * What a keyword spelling is called: for a Chinese spelling its English twin first (as in "当面 ·
 * face-to-face"), then its name in this language and in the other; a name that only repeats a spelling
 * is left out.
 */
function names(spelling: string, keyword: WordKeyword, locale: Locale): string[] {
    const nameIn = (texts: HelpTexts) => {
        const element = elementOf(keyword);
        return element ? texts.elements[element].name : texts.terms[keyword as TermKeyword].name;
    };
    const twin = languageOfKeyword(spelling) === 'zh' ? [keyword] : [];
    const named = [nameIn(helpTexts(locale)), nameIn(helpTexts(otherLocale(locale)))]
        .filter(name => name !== spelling && name.toLowerCase() !== keyword);
    return [...twin, ...named];
}

/** A one-line description for completion items, e.g. "element of service experience · 可靠性". */
export function keywordDetail(spelling: string, locale: Locale): string | undefined {
    const keyword = englishKeyword(spelling);
    if (keyword === undefined) return undefined;
    return [helpTexts(locale).categories[categories[keyword]], ...names(spelling, keyword, locale)].join(' · ');
}

/**
 * The Markdown help for a keyword in either spelling (a Chinese keyword has its twin's help), or
 * undefined for punctuation and unknown words.
 */
export function keywordHelp(spelling: string, locale: Locale): string | undefined {
    const keyword = englishKeyword(spelling);
    if (keyword === undefined) return undefined;
    const texts = helpTexts(locale);
    // Every keyword has a Chinese twin, so the heading always shows at least one name.
    const heading = `**${spelling}** · ${names(spelling, keyword, locale).join(' · ')} — *${texts.categories[categories[keyword]]}*`;
    const element = elementOf(keyword);
    const sections = [heading];
    if (element) {
        const help = texts.elements[element];
        if (keyword === 'friendliness') sections.push(texts.friendlinessNote);
        sections.push(headed(texts.headings.judges, help.judges, texts));
        sections.push(questionList(texts, help.questions));
        sections.push(headed(texts.headings.example, help.example, texts));
    } else {
        const help = texts.terms[keyword as TermKeyword];
        sections.push(help.text);
        if (help.usage) sections.push('```service-drama\n' + help.usage + '\n```');
        if (help.questions) sections.push(questionList(texts, help.questions));
        if (help.example) sections.push(headed(texts.headings.example, help.example, texts));
    }
    const rules = relatedRules[element ?? keyword as Exclude<WordKeyword, 'friendliness'>];
    if (rules) sections.push(headed(texts.headings.rules, rules.map(rule => `\`${rule}\``).join(' · '), texts));
    return sections.join('\n\n');
}

/** A bold heading and its text; the colon stays outside the bold so that Markdown closes it before CJK text. */
function headed(heading: string, text: string, texts: HelpTexts): string {
    return `**${heading}**${texts.colon}${text}`;
}

function questionList(texts: HelpTexts, questions: string[]): string {
    return `**${texts.headings.questions}**\n` + questions.map(question => `- ${question}`).join('\n');
}
