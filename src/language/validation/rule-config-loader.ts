import { DocumentState, URI, UriUtils } from 'langium';
import { DiagnosticSeverity, MessageType, ShowMessageNotification, type Connection } from 'vscode-languageserver';
import { loadConfig } from '../rules/config-chain.js';
import { checkRuleSeverities, CONFIG_FILE_NAME, describeProblem, type RuleConfigProblem } from '../rules/rule-config.js';
import type { MessageTexts } from '../help/help-texts.js';
import { helpTexts } from '../help/keyword-help.js';
import type { ServiceDramaServices } from '../service-drama-module.js';
import { problemMessage } from '../../survey/gap-format.js';
import { SURVEY_CHANGED_NOTIFICATION } from '../../blueprint/protocol.js';

/**
 * In the language server: reads `.servicedrama.json` from each workspace folder and the
 * `serviceDrama.rules` setting, and revalidates every document when either changes. A bad file is shown
 * once as a diagnostic on the file itself (and a message), and its folder keeps the default severities.
 */
export class RuleConfigLoader {
    private folders: URI[] = [];
    /** Config files that had problems at the last load: their diagnostics are cleared once they are fixed. */
    private filesWithProblems = new Set<string>();
    private readonly announced = new Set<string>();
    /** Every file the configurations were read from, the files they extend among them: a change to one reloads them. */
    private filesRead = new Set<string>();

    constructor(private readonly services: ServiceDramaServices, private readonly connection: Connection) {
        const shared = services.shared;
        const settings = services.validation.RuleSettings;
        shared.lsp.LanguageServer.onInitialize(params => {
            const folders = params.workspaceFolders?.map(folder => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
            this.folders = folders.map(uri => URI.parse(uri));
            settings.waitFor(Promise.all([this.loadFiles(), this.loadSetting()]));
        });
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section !== 'serviceDrama') return;
            this.applySetting((update.configuration as { rules?: unknown } | undefined)?.rules);
            void this.revalidate();
        });
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const isConfig = (uri: URI) => UriUtils.basename(uri) === CONFIG_FILE_NAME || this.filesRead.has(uri.fsPath);
            const changed = params.changes.map(change => URI.parse(change.uri));
            if (changed.some(isConfig)) {
                const loading = this.loadFiles();
                settings.waitFor(loading);
                void loading.then(() => this.revalidate()).then(() => this.announceSurveyChange());
                return;
            }
            // A survey in use changed on disk: its gaps change the findings, the hovers and the preview's heat map.
            const surveys = changed.filter(uri => services.validation.Surveys.has(uri));
            if (surveys.length === 0) return;
            const loading = Promise.all(surveys.map(uri => this.loadSurvey(uri)));
            settings.waitFor(loading);
            void loading.then(() => this.revalidate()).then(() => this.announceSurveyChange());
        });
    }

    /**
     * Loads every configuration file in the workspace folders, each with the files it extends: a spec
     * follows the nearest one above it (see RuleSettings), with the overrides that match it.
     */
    private async loadFiles(): Promise<void> {
        const settings = this.services.validation.RuleSettings;
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        const filesRead = new Set<string>();
        // The configuration chain works with paths; each is read back under the scheme of the workspace
        // file that started it, so that a virtual workspace (read through the client) works too.
        const readUnder = (start: URI) => async (file: string) => {
            filesRead.add(file);
            try {
                return await fileSystem.readFile(under(start, file));
            } catch {
                return undefined;
            }
        };
        const problemsNow = new Set<string>();
        settings.clearFolderSeverities();
        this.services.validation.Surveys.clear();
        for (const folder of this.folders) {
            for (const file of await this.configFilesBelow(folder)) {
                const loaded = await loadConfig(file.fsPath, readUnder(file));
                if ('config' in loaded) {
                    const { config } = loaded;
                    const survey = config.survey === undefined ? undefined : under(file, config.survey);
                    settings.setFolderConfig(UriUtils.dirname(file), { severities: config.severities, overrides: config.overrides, ...(survey ? { survey } : {}) });
                    if (survey) await this.loadSurvey(survey);
                } else {
                    const at = under(file, loaded.failure.file);
                    problemsNow.add(at.toString());
                    this.report(at, loaded.failure.text ?? '', [loaded.failure.problem]);
                }
            }
        }
        for (const file of this.filesWithProblems) {
            if (!problemsNow.has(file)) void this.connection.sendDiagnostics({ uri: file, diagnostics: [] });
        }
        this.filesWithProblems = problemsNow;
        this.filesRead = filesRead;
    }

    /** Reads a survey again, and shows its problems on the survey file itself, as lint problems are shown on a spec. */
    private async loadSurvey(uri: URI): Promise<void> {
        const survey = await this.services.validation.Surveys.load(uri);
        const texts = helpTexts(this.services.i18n.Locale.locale).survey;
        const [first] = survey.data.problems;
        if (first?.detail.kind === 'unreadable') {
            // No file to show it on (missing, or a studio that serves only specs): a message names it.
            this.announce(`${UriUtils.basename(uri)}: ${problemMessage(first, texts)}`);
            return;
        }
        void this.connection.sendDiagnostics({
            uri: uri.toString(),
            diagnostics: survey.data.problems.map(problem => {
                const line = Math.max(0, problem.line - 1);
                return {
                    severity: DiagnosticSeverity.Error,
                    range: { start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } },
                    message: `${problem.column ? `${problem.column}: ` : ''}${problemMessage(problem, texts)}`,
                    source: 'service-drama'
                };
            })
        });
    }

    /** Tells the client that the gaps may have changed, so that an open preview draws its heat map again. */
    private announceSurveyChange(): void {
        void this.connection.sendNotification(SURVEY_CHANGED_NOTIFICATION, {});
    }

    /** The configuration files in a folder and the folders below it (not in node_modules or .git). */
    private async configFilesBelow(folder: URI): Promise<URI[]> {
        const fileSystem = this.services.shared.workspace.FileSystemProvider;
        let entries;
        try {
            entries = await fileSystem.readDirectory(folder);
        } catch {
            return [];
        }
        const found: URI[] = [];
        for (const entry of entries) {
            const name = UriUtils.basename(entry.uri);
            if (entry.isFile && name === CONFIG_FILE_NAME) found.push(entry.uri);
            else if (entry.isDirectory && name !== 'node_modules' && name !== '.git') found.push(...await this.configFilesBelow(entry.uri));
        }
        return found;
    }

    private async loadSetting(): Promise<void> {
        this.applySetting(await this.services.shared.workspace.ConfigurationProvider.getConfiguration('service-drama', 'rules'));
    }

    private applySetting(value: unknown): void {
        const settings = this.services.validation.RuleSettings;
        if (value === undefined || value === null) {
            settings.setOverrides(new Map());
            return;
        }
        const { severities, problems } = checkRuleSeverities(value, 'serviceDrama.rules');
        settings.setOverrides(problems.length === 0 ? severities : new Map());
        if (problems.length > 0) this.announce(this.messages.settingProblem(describeProblem(problems[0], this.services.i18n.Locale.locale)));
    }

    /** Shows the problems in the configuration file itself, and says once in a message what is wrong. */
    private report(file: URI, text: string, problems: RuleConfigProblem[]): void {
        const locale = this.services.i18n.Locale.locale;
        const positionAt = (offset: number) => {
            const before = text.slice(0, offset).split('\n');
            return { line: before.length - 1, character: before[before.length - 1].length };
        };
        void this.connection.sendDiagnostics({
            uri: file.toString(),
            diagnostics: problems.map(problem => ({
                severity: DiagnosticSeverity.Error,
                range: { start: positionAt(problem.offset ?? 0), end: positionAt((problem.offset ?? 0) + (problem.length ?? 0)) },
                message: describeProblem(problem, locale),
                source: 'service-drama'
            }))
        });
        const shown = UriUtils.relative(this.folders.find(folder => UriUtils.contains(folder, file)) ?? file, file) || CONFIG_FILE_NAME;
        this.announce(this.messages.configFileProblem(shown, describeProblem(problems[0], locale)));
    }

    private get messages(): MessageTexts {
        return helpTexts(this.services.i18n.Locale.locale).messages;
    }

    /** A window message, shown once for each distinct problem. */
    private announce(message: string): void {
        if (this.announced.has(message)) return;
        this.announced.add(message);
        void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Service Drama: ${message}` });
    }

    /** Validates every document again under the new severities. */
    private async revalidate(): Promise<void> {
        const shared = this.services.shared;
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.write(async token => {
            for (const document of shared.workspace.LangiumDocuments.all) {
                shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await shared.workspace.DocumentBuilder.update([], [], token);
        });
    }
}

/** The file at `path` in the same scheme and authority as `start` (`file:` on disk, another for a virtual workspace). */
function under(start: URI, path: string): URI {
    return start.scheme === 'file' ? URI.file(path) : start.with({ path: URI.file(path).path });
}
