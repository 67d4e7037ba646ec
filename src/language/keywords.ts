// The language's keywords and their Chinese twins: one table for the grammar's test, the value
// converter, conversion between keyword languages, completion, hover and the TextMate grammar's test.

/** The keyword language of a file or of a piece of text the tools write into it. */
export type KeywordLanguage = 'en' | 'zh';

/** Each English keyword with its Chinese twin. A file may use either, token by token. */
export const KEYWORD_TWINS = {
    service: '服务', audience: '观众', pace: '节奏', urgent: '着急', normal: '正常', relaxed: '从容',
    actor: '演员', frontstage: '前台', backstage: '后台', system: '系统', support: '支持', prop: '道具',
    scene: '场景', setting: '布景', budget: '预算', expect: '期待',
    reliability: '可靠性', responsiveness: '响应性',
    // The third element, 友好性（保证性）, has two keywords in each language: friendliness as service teams
    // say it and SERVQUAL's assurance. Each keeps its own twin, so a round trip changes nothing.
    assurance: '保证性', friendliness: '友好性',
    empathy: '移情性', tangibles: '有形性', norm: '规范', wait: '等待', feeling: '感受',
    touchpoint: '触点', 'face-to-face': '当面', phone: '电话', remote: '远程', chat: '在线', video: '视频',
    moment: '时刻', 'buy-or-not': '买与不买', 'value-judgement': '价值评判', feedback: '反馈', 'bad-news': '坏消息',
    repeated: '重复', trial: '考验', customer: '客户', evidence: '证据', within: '限时', risk: '风险',
    recovery: '补救', by: '由', delight: '惊喜', adapt: '适应', applies: '采用', for: '面向',
    s: '秒', min: '分钟', h: '小时', d: '天'
} as const;

export type EnglishKeyword = keyof typeof KEYWORD_TWINS;
export type ChineseKeyword = (typeof KEYWORD_TWINS)[EnglishKeyword];

/** Chinese spellings accepted on input besides the twin: 分 for 分钟, as people write it. */
export const CHINESE_ALIASES: Readonly<Record<string, EnglishKeyword>> = { 分: 'min' };

const englishOf = new Map<string, EnglishKeyword>();
for (const [english, chinese] of Object.entries(KEYWORD_TWINS) as Array<[EnglishKeyword, ChineseKeyword]>) {
    englishOf.set(english, english);
    englishOf.set(chinese, english);
}
for (const [alias, english] of Object.entries(CHINESE_ALIASES)) englishOf.set(alias, english);

/** Every keyword spelling in the grammar: English, Chinese and the aliases. */
export const ALL_KEYWORDS: ReadonlySet<string> = new Set(englishOf.keys());

/** The English keyword a spelling stands for (itself for an English one); undefined for a non-keyword. */
export function englishKeyword(spelling: string): EnglishKeyword | undefined {
    return englishOf.get(spelling);
}

/** The keyword's spelling in the given language; an alias becomes its language's twin. */
export function keywordIn(spelling: string, language: KeywordLanguage): string | undefined {
    const english = englishOf.get(spelling);
    if (english === undefined) return undefined;
    return language === 'en' ? english : KEYWORD_TWINS[english];
}

/** The language of a keyword spelling: 'zh' when it has a Chinese character. */
export function languageOfKeyword(spelling: string): KeywordLanguage {
    return /[\u3400-\u9fff]/.test(spelling) ? 'zh' : 'en';
}

/** Whether a name (an identifier the user chose) is spelt as a Chinese keyword, which the lexer reads as the keyword. */
export function isChineseKeyword(name: string): boolean {
    return englishOf.has(name) && languageOfKeyword(name) === 'zh';
}

/**
 * A keyword value from the syntax tree (a channel, an element, a unit…) typed as what it is: English.
 * The grammar's value types list the Chinese spellings too, but the value converter gives each one
 * its twin's value, so no Chinese spelling reaches the tree.
 */
export function english<T extends string>(value: T): Extract<T, EnglishKeyword> {
    return (englishOf.get(value) ?? value) as Extract<T, EnglishKeyword>;
}
