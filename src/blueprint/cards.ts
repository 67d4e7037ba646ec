import {
    SERVICE_ELEMENTS,
    type BlueprintModel, type BlueprintScene, type BlueprintTouchpoint, type FailPoint, type LaneItem, type Located
} from './model.js';
import type { TermKeyword } from '../language/help/help-texts.js';
import { CHIP_HEIGHT, BOX_GAP, pendingBox, type BadgeSpec, type BoxExtras, type BoxKind, type PendingBox, type RowId, type TextFlow } from './boxes.js';
import { durationLabel } from './durations.js';
import { heatRowHeight } from './heat-map.js';
import type { BlueprintWords } from './theme.js';

// What each card of the blueprint says and which marks it carries: the service, the scenes, the
// touchpoint headers and the cells of the lanes and quality rows.

export function failBadge(failPoint: FailPoint, words: BlueprintWords): BadgeSpec {
    return {
        kind: failPoint.recovered ? 'fail-recovered' : 'fail-unrecovered',
        letter: words.badges.fail,
        tooltip: words.failPoint(failPoint.risk, failPoint.recovered)
    };
}

export function serviceBox(model: BlueprintModel, width: number, words: BlueprintWords): PendingBox {
    return pendingBox('service', model, width, flow => {
        flow.add(model.title ?? model.service, 'title');
        if (model.title) flow.add(words.serviceName(model.service), 'muted');
        for (const audience of model.audiences) {
            const pace = audience.pace ? words.keyword(audience.pace as TermKeyword) : undefined;
            flow.space(2).add([words.audience(audience.name, pace), audience.description].filter(Boolean).join(words.separator), 'body');
        }
        for (const finding of model.findings) {
            flow.space(2).add(`${finding.severity === 'error' ? '✖' : '⚠'} ${finding.message}`, finding.severity === 'error' ? 'danger' : 'body');
        }
    });
}

/** A touchpoint's header: its name, channel and moment, its fail and wait points, when it runs, its chips. */
export function headerBox(touchpoint: BlueprintTouchpoint, width: number, words: BlueprintWords, showClock: boolean): PendingBox {
    const covered = new Set(touchpoint.coverage);
    const trial = touchpoint.moment?.trial === true;
    const pending = pendingBox('touchpoint', touchpoint, width, flow => {
        flow.add(touchpoint.title ?? touchpoint.name, 'heading');
        if (touchpoint.title) flow.add(touchpoint.name, 'muted');
        flow.add(words.keyword(touchpoint.channel as TermKeyword), 'muted');
        if (touchpoint.audience) flow.add(words.forAudience(touchpoint.audience), 'strong');
        // Every kind the moment is, in the order written: "Bad-news moment · Recovery moment".
        if (touchpoint.moment) flow.add(touchpoint.moment.kinds.map(kind => words.termName(kind as TermKeyword)).join(words.separator), 'strong');
        if (trial) flow.add(`◆ ${words.termName('trial')}`, 'trial');
        if (showClock) flow.add(words.runningTime(durationLabel(touchpoint.time.from), durationLabel(touchpoint.time.to)), 'muted');
        return flow.badges([
            ...touchpoint.failPoints.map(failPoint => failBadge(failPoint, words)),
            ...touchpoint.waitPoints.map(wait => ({ kind: 'wait' as const, letter: words.badges.wait, label: wait.within, tooltip: words.waitPoint(wait.within, wait.text) }))
        ]);
    }, { extraHeight: BOX_GAP + CHIP_HEIGHT + heatRowHeight(touchpoint), ...(trial ? { classes: ['sd-trial'] } : {}) });
    pending.chips = SERVICE_ELEMENTS.map(element => ({ element, covered: covered.has(element) }));
    return pending;
}

/** A scene's card: its name, budget and setting, and the bar of its time bounds against the budget. */
export function sceneBox(scene: BlueprintScene, width: number, words: BlueprintWords): PendingBox {
    const { total, budget, over } = scene.time;
    return pendingBox('scene', scene, width, flow => {
        flow.add(scene.title ?? scene.name, 'heading');
        const details = [scene.title ? scene.name : undefined, scene.budget ? words.budget(scene.budget) : undefined].filter(Boolean);
        flow.add(details.join(words.separator), 'muted');
        if (scene.setting) flow.add(scene.setting, 'muted');
        if (total > 0 || budget !== undefined) {
            const bounds = words.timeBounds(durationLabel(total), budget === undefined ? undefined : durationLabel(budget));
            flow.add(over ? `${bounds}${words.separator}${words.overBudget}` : bounds, over ? 'danger' : 'muted');
        }
    }, {
        ...(budget !== undefined ? { bar: { ratio: budget > 0 ? total / budget : 1, over } } : {}),
        ...(over ? { classes: ['sd-over-budget'] } : {})
    });
}

/** The boxes of one touchpoint in one row, top to bottom. */
export function cellBoxes(touchpoint: BlueprintTouchpoint, row: RowId, width: number, words: BlueprintWords): PendingBox[] {
    const boxes: PendingBox[] = [];
    const add = (kind: BoxKind, source: Located, write: (flow: TextFlow, indent: number) => void, extras?: BoxExtras) =>
        boxes.push(pendingBox(kind, source, width, write, extras));
    switch (row) {
        case 'expectations':
            for (const expectation of touchpoint.expectations) {
                add('expectation', expectation, flow => {
                    flow.add(words.elementName(expectation.element), 'strong');
                    if (expectation.within) flow.add(words.within(expectation.within), 'muted');
                    flow.add(expectation.text, 'body');
                    if (expectation.norm) flow.add(words.fromNorm(expectation.norm), 'muted');
                }, expectation.conflicts ? {
                    classes: ['sd-conflict'],
                    corner: expectation.conflicts.map(conflict => ({
                        kind: 'conflict' as const,
                        letter: words.badges.conflict,
                        tooltip: words.boundConflict(conflict.here, conflict.inNorm, conflict.norm)
                    }))
                } : undefined);
            }
            break;
        case 'risks':
            for (const risk of touchpoint.risks) {
                const recovered = risk.recovery !== undefined;
                add('risk', risk, flow => {
                    flow.add(risk.name, recovered ? 'strong' : 'danger');
                    if (risk.description) flow.add(risk.description, 'body');
                    flow.space(4);
                    if (risk.recovery) {
                        flow.add(words.recovery, 'strong').add(risk.recovery.text, 'body');
                        if (risk.recovery.by || risk.recovery.within) flow.add(words.recoveryDetails(risk.recovery.by, risk.recovery.within), 'muted');
                    } else {
                        flow.add(words.noRecovery, 'danger');
                    }
                }, {
                    classes: [recovered ? 'sd-recovered' : 'sd-unrecovered'],
                    corner: [failBadge({ risk: risk.name, recovered }, words)]
                });
            }
            break;
        case 'feeling':
            // The emotion curve is drawn across the row, not in boxes (see emotion.ts).
            break;
        case 'notes':
            for (const delight of touchpoint.delights) {
                add('delight', delight, flow => flow.add(words.delight, 'strong').add(delight.text, 'body'));
            }
            for (const adaptation of touchpoint.adaptations) {
                add('adaptation', adaptation, flow => flow.add(words.adaptation, 'strong').add(adaptation.text, 'body'));
            }
            break;
        default:
            for (const item of touchpoint.lanes[row]) {
                add(row, item, (flow, indent) => {
                    if (item.label !== undefined) {
                        flow.add(item.label, 'strong', indent).add(item.text, 'body');
                    } else {
                        flow.add(item.text, 'body', indent);
                    }
                }, laneExtras(item, words));
            }
    }
    return boxes;
}

/** A lane item's marks: its step number, its fail points, its description as a tooltip. */
function laneExtras(item: LaneItem, words: BlueprintWords): BoxExtras {
    const extras: BoxExtras = {};
    if (item.description) extras.tooltip = item.description;
    // A step number needs no tooltip: the legend says what it is, and thousands of them would weigh.
    if (item.step !== undefined) extras.step = { kind: 'step', letter: String(item.step), tooltip: '' };
    if (item.failPoints) {
        extras.corner = item.failPoints.map(failPoint => failBadge(failPoint, words));
        extras.classes = [item.failPoints.some(failPoint => !failPoint.recovered) ? 'sd-fail-unrecovered' : 'sd-fail-recovered'];
    }
    return extras;
}
