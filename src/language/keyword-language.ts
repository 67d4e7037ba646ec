import { CstUtils, GrammarAST, type CstNode } from 'langium';
import { englishKeyword, languageOfKeyword, type KeywordLanguage } from './keywords.js';

/** The word keywords of a parsed text, in order: the leaves that a conversion between keyword languages rewrites. */
export function keywordLeaves(root: CstNode): CstNode[] {
    return CstUtils.flattenCst(root)
        .filter(leaf => !leaf.hidden && GrammarAST.isKeyword(leaf.grammarSource) && englishKeyword(leaf.text) !== undefined)
        .toArray();
}

/**
 * The keyword language a file is written in: the language most of its word keywords use; undefined for
 * a file without any (a new file), where the caller follows the help language.
 */
export function keywordLanguageOf(root: CstNode | undefined): KeywordLanguage | undefined {
    if (!root) return undefined;
    let chinese = 0;
    let english = 0;
    for (const leaf of keywordLeaves(root)) {
        if (languageOfKeyword(leaf.text) === 'zh') chinese++;
        else english++;
    }
    if (chinese === 0 && english === 0) return undefined;
    return chinese > english ? 'zh' : 'en';
}
