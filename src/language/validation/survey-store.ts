import type { URI } from 'langium';
import { poolWave, cellKey, type Gap } from '../../survey/pool.js';
import { parseSurvey } from '../../survey/parse-survey.js';
import type { FiveElement, SurveyData } from '../../survey/survey-data.js';
import { chooseWaves } from '../../survey/waves.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

/** A survey as the language services use it: its rows and problems, and the pooled cells of its current wave. */
export interface LoadedSurvey {
    uri: URI;
    data: SurveyData;
    /** The current wave (see waves.ts); undefined when the survey has no rows. */
    wave?: string;
    cells: ReadonlyMap<string, Gap>;
}

/**
 * The surveys that the configurations name (`"survey"` in `.servicedrama.json`), read through the
 * workspace's file system (the disk, or the client's for a web worker) and kept until they change.
 * The rules ask for gaps while validating, so a survey is loaded before validation starts: whoever
 * sets a configuration with a survey has RuleSettings wait for {@link load}.
 */
export class SurveyStore {
    private readonly surveys = new Map<string, LoadedSurvey>();

    constructor(private readonly services: ServiceDramaServices) {}

    /** Reads (again) and parses a survey; a file that cannot be read becomes a survey with one problem and no rows. */
    async load(uri: URI): Promise<LoadedSurvey> {
        const shown = uri.path.slice(uri.path.lastIndexOf('/') + 1);
        let data: SurveyData;
        try {
            data = parseSurvey(await this.services.shared.workspace.FileSystemProvider.readFile(uri), shown);
        } catch (error) {
            const reason = (error as { code?: string }).code ?? '';
            data = { file: shown, rows: [], problems: [{ file: shown, line: 1, detail: { kind: 'unreadable', reason } }] };
        }
        const wave = chooseWaves(data.rows)?.current;
        const survey: LoadedSurvey = { uri, data, ...(wave !== undefined ? { wave } : {}), cells: poolWave(data.rows, wave) };
        this.surveys.set(uri.toString(), survey);
        return survey;
    }

    /** Whether the file is a survey in use: a change to it reloads the survey. */
    has(uri: URI): boolean {
        return this.surveys.has(uri.toString());
    }

    /** The surveys loaded, by URI. */
    get all(): LoadedSurvey[] {
        return [...this.surveys.values()];
    }

    clear(): void {
        this.surveys.clear();
    }

    /** The survey in force for a document: the one its configuration names, once loaded. */
    surveyFor(documentUri: URI): LoadedSurvey | undefined {
        const uri = this.services.validation.RuleSettings.surveyFor(documentUri);
        return uri ? this.surveys.get(uri.toString()) : undefined;
    }

    /** The pooled gap of a touchpoint's element in the current wave of the document's survey. */
    gapFor(documentUri: URI, service: string, touchpoint: string | undefined, element: FiveElement): Gap | undefined {
        return this.surveyFor(documentUri)?.cells.get(cellKey(service, touchpoint, element));
    }
}
