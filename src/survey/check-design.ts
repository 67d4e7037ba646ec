import type { DesignedService } from './design.js';
import type { SurveyData } from './survey-data.js';

/**
 * Checks the rows against the specs: a service that no spec declares, or a touchpoint its service does
 * not have, is a problem of that row (a misspelt name must not vanish from the scores).
 */
export function checkAgainstDesign(data: SurveyData, designs: readonly DesignedService[]): SurveyData {
    const touchpoints = new Map(designs.map(design => [design.name, new Set(design.touchpoints.map(touchpoint => touchpoint.name))]));
    const known = designs.map(design => design.name);
    const problems = [...data.problems];
    const rows = data.rows.filter(row => {
        const names = touchpoints.get(row.service);
        if (!names) {
            problems.push({ file: data.file, line: row.line, column: 'service', detail: { kind: 'unknownService', service: row.service, known } });
            return false;
        }
        if (row.touchpoint !== undefined && !names.has(row.touchpoint)) {
            problems.push({ file: data.file, line: row.line, column: 'touchpoint', detail: { kind: 'unknownTouchpoint', service: row.service, touchpoint: row.touchpoint } });
            return false;
        }
        return true;
    });
    problems.sort((a, b) => a.line - b.line);
    return { file: data.file, rows, problems };
}
