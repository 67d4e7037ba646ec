import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Feeling, ServiceDramaAstType, Touchpoint } from '../generated/ast.js';
import { helpTexts } from '../help/keyword-help.js';
import { findKeywordNode } from '../keyword-language.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

/** The scale of a feeling: the emotion curve of a journey map runs from -3 (very bad) to +3 (very good). */
export const FEELING_MIN = -3;
export const FEELING_MAX = 3;

/**
 * Checks of values the grammar cannot bound by itself. They are part of the language, not lint rules:
 * no configuration turns them off, and they are errors.
 */
export function registerValueChecks(services: ServiceDramaServices): void {
    const messages = () => helpTexts(services.i18n.Locale.locale).messages;
    const checks: ValidationChecks<ServiceDramaAstType> = {
        Feeling(feeling: Feeling, accept: ValidationAcceptor) {
            const score = feeling.score;
            // No number (a sign alone, or nothing) is a syntax error, reported by the parser.
            if (score === undefined || Number.isNaN(score)) return;
            if (Number.isInteger(score) && score >= FEELING_MIN && score <= FEELING_MAX) return;
            const written = feeling.$cstNode?.text.slice(findKeywordNode(feeling.$cstNode, 'feeling')?.length ?? 0).trimStart().split(/\s*["'“「]/)[0] ?? String(score);
            accept('error', messages().feelingOutOfRange(written), { node: feeling, property: 'score' });
        },
        Touchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor) {
            if (touchpoint.feelings.length < 2) return;
            for (const extra of touchpoint.feelings.slice(1)) {
                accept('error', messages().oneFeeling(touchpoint.name, signed(touchpoint.feelings[0].score)), { node: extra, range: findKeywordNode(extra.$cstNode, 'feeling')?.range });
            }
        }
    };
    services.validation.ValidationRegistry.register(checks, undefined, 'fast');
}

function signed(score: number): string {
    return score > 0 ? `+${score}` : String(score);
}
