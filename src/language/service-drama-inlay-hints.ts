import { AstUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { isApplies, isScene } from './generated/ast.js';
import { helpTexts } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';
import { keywordLanguageOf } from './keyword-language.js';
import type { KeywordLanguage } from './keywords.js';
import { formatDuration, sceneBoundsTotal, secondsOf } from './rules/spec-facts.js';

/**
 * Numbers a writer would otherwise add up by hand: after a scene's `budget`, the touchpoints' bounds as
 * the scene-budget rule adds them ("Σ 23 min of 20 min"); after `applies NORM`, what the norm adds.
 */
export class ServiceDramaInlayHintProvider extends AbstractInlayHintProvider {
    constructor(private readonly locale: LocaleService) {
        super();
    }

    /** The units of a hint are spelt in the keyword language of its file. */
    private keywordLanguage(node: AstNode): KeywordLanguage {
        return keywordLanguageOf(AstUtils.findRootNode(node).$cstNode) ?? this.locale.locale;
    }

    computeInlayHint(node: AstNode, accept: InlayHintAcceptor): void {
        const texts = helpTexts(this.locale.locale).editor;
        if (isScene(node) && node.budget?.$cstNode && node.budget.unit) {
            const unit = node.budget.unit;
            const total = sceneBoundsTotal(node);
            const budget = secondsOf(node.budget);
            // A bound or budget still being typed (`within min`) has no number yet: no sum to show.
            if (!Number.isFinite(total) || !Number.isFinite(budget)) return;
            accept({
                position: node.budget.$cstNode.range.end,
                label: texts.sceneTotal(formatDuration(total, unit, this.keywordLanguage(node)), formatDuration(budget, unit, this.keywordLanguage(node))),
                tooltip: texts.sceneTotalTooltip,
                paddingLeft: true
            });
        } else if (isApplies(node) && node.$cstNode) {
            // A norm that cannot be found adds nothing that could be counted; its reference error says so.
            const norm = node.norm?.ref;
            if (!norm) return;
            accept({ position: node.$cstNode.range.end, label: texts.normAdds(norm.expectations.length), paddingLeft: true });
        }
    }
}
