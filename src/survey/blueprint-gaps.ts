import type { BlueprintModel } from '../blueprint/model.js';
import { cellKey, weightedScore, type Gap } from './pool.js';
import { FIVE_ELEMENTS } from './survey-data.js';

/**
 * The blueprint with a survey's gaps on it: each touchpoint the survey measured carries its cells of
 * the current wave and their mean; the model names the survey and the service's score.
 */
export function withGaps(model: BlueprintModel, cells: ReadonlyMap<string, Gap>, survey: { file: string; wave: string }): BlueprintModel {
    const all: Gap[] = [];
    const scenes = model.scenes.map(scene => ({
        ...scene,
        touchpoints: scene.touchpoints.map(touchpoint => {
            const measured: NonNullable<typeof touchpoint.measured>['cells'] = {};
            for (const element of FIVE_ELEMENTS) {
                const cell = cells.get(cellKey(model.service, touchpoint.name, element));
                if (cell) measured[element] = cell;
            }
            const values = Object.values(measured);
            if (values.length === 0) return touchpoint;
            all.push(...values);
            const score = weightedScore(values);
            return { ...touchpoint, measured: { cells: measured, ...(score ? { score } : {}) } };
        })
    }));
    for (const element of FIVE_ELEMENTS) {
        const cell = cells.get(cellKey(model.service, undefined, element));
        if (cell) all.push(cell);
    }
    const score = weightedScore(all);
    return { ...model, scenes, survey: { ...survey, ...(score ? { score } : {}) } };
}
