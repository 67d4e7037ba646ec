import type { Diagnostic } from 'vscode-languageserver-types';
import type { BlueprintModel, BlueprintTouchpoint, Finding, FindingSeverity, Located, SourcePosition, SourceRange } from './model.js';

// Where the findings of a document go on its blueprint: each diagnostic to the innermost item,
// touchpoint, scene or the service that holds its range.

/** A touchpoint and the items inside it that may receive findings. */
export interface FindingTarget {
    touchpoint: BlueprintTouchpoint;
    items: Located[];
}

const severities: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function findingOf(diagnostic: Diagnostic): Finding {
    const rule = diagnostic.code === undefined ? undefined : String(diagnostic.code);
    return {
        severity: severities[diagnostic.severity ?? 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...(rule === undefined ? {} : { rule }),
        range: diagnostic.range
    };
}

export function attachFindings(blueprint: BlueprintModel, targets: FindingTarget[], diagnostics: readonly Diagnostic[]): void {
    for (const diagnostic of diagnostics) {
        if (!contains(blueprint.range, diagnostic.range)) continue;
        const finding = findingOf(diagnostic);
        const target = touchpointHolding(targets, diagnostic.range);
        if (target) {
            innermost(target.items, diagnostic.range, target.touchpoint).findings.push(finding);
            continue;
        }
        const scene = blueprint.scenes.find(candidate => contains(candidate.range, diagnostic.range));
        (scene ?? blueprint).findings.push(finding);
    }
}

/** Touchpoints are in document order, so a binary search finds the one holding a range. */
function touchpointHolding(targets: FindingTarget[], range: SourceRange): FindingTarget | undefined {
    let low = 0;
    let high = targets.length - 1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const candidate = targets[middle].touchpoint.range;
        if (compare(candidate.end, range.start) < 0) {
            low = middle + 1;
        } else if (compare(candidate.start, range.start) > 0) {
            high = middle - 1;
        } else {
            return contains(candidate, range) ? targets[middle] : undefined;
        }
    }
    return undefined;
}

function innermost(items: Located[], range: SourceRange, fallback: Located): Located {
    let best = fallback;
    for (const item of items) {
        if (contains(item.range, range) && contains(best.range, item.range)) best = item;
    }
    return best;
}

function compare(a: SourcePosition, b: SourcePosition): number {
    return a.line - b.line || a.character - b.character;
}

export function contains(outer: SourceRange, inner: SourceRange): boolean {
    return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}
