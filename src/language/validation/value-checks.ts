import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { Feeling, ServiceDramaAstType, Touchpoint } from '../generated/ast.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

/** The scale of a feeling: the emotion curve of a journey map runs from -3 (very bad) to +3 (very good). */
export const FEELING_MIN = -3;
export const FEELING_MAX = 3;

/**
 * Checks of values the grammar cannot bound by itself. They are part of the language, not lint rules:
 * no configuration turns them off, and they are errors.
 */
export function registerValueChecks(services: ServiceDramaServices): void {
    const locale = () => services.i18n.Locale.locale;
    const checks: ValidationChecks<ServiceDramaAstType> = {
        Feeling(feeling: Feeling, accept: ValidationAcceptor) {
            const score = feeling.score;
            // No number (a sign alone, or nothing) is a syntax error, reported by the parser.
            if (score === undefined || Number.isNaN(score)) return;
            if (Number.isInteger(score) && score >= FEELING_MIN && score <= FEELING_MAX) return;
            const written = feeling.$cstNode?.text.replace(/^feeling\s*/, '').split(/\s*["']/)[0] ?? String(score);
            const message = {
                en: `feeling ${written} is out of range: use a whole number from -3 (very bad) to +3 (very good)`,
                zh: `感受 ${written} 超出范围：请用 -3（很糟）到 +3（很好）之间的整数`
            };
            accept('error', message[locale()], { node: feeling, property: 'score' });
        },
        Touchpoint(touchpoint: Touchpoint, accept: ValidationAcceptor) {
            if (touchpoint.feelings.length < 2) return;
            for (const extra of touchpoint.feelings.slice(1)) {
                const message = {
                    en: `touchpoint ${touchpoint.name}: one feeling per touchpoint; this moment already aims for ${signed(touchpoint.feelings[0].score)}`,
                    zh: `触点 ${touchpoint.name}：每个触点只写一个预期感受；这一刻已经写了 ${signed(touchpoint.feelings[0].score)}`
                };
                accept('error', message[locale()], { node: extra, keyword: 'feeling' });
            }
        }
    };
    services.validation.ValidationRegistry.register(checks, undefined, 'fast');
}

function signed(score: number): string {
    return score > 0 ? `+${score}` : String(score);
}
