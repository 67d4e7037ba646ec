import picomatch from 'picomatch';
import { UriUtils, type URI } from 'langium';
import type { Rule, ConfiguredSeverity } from '../rules/rule.js';
import type { RuleOverride, RuleSeverities } from '../rules/rule-config.js';

/** The configuration in force for the documents below one folder. */
export interface FolderConfig {
    severities: RuleSeverities;
    /** Severities for the documents whose path, relative to `base`, matches one of the globs; later ones win. */
    overrides?: RuleOverride[];
    /** The folder the override globs are relative to: the configuration file's folder. */
    base?: URI;
    /** The survey of measured quality the configuration names (see SurveyStore). */
    survey?: URI;
}

interface FolderEntry extends FolderConfig {
    matchers: Array<{ matches: (path: string) => boolean; severities: RuleSeverities }>;
}

/**
 * The severity each rule has for a document: the default, unless the nearest configuration file above
 * the document sets it (or one of its overrides that matches the document does), unless the editor's
 * `serviceDrama.rules` setting does.
 */
export class RuleSettings {
    /** Configuration files by the folder they govern (a URI string ending in `/`); `''` governs every document. */
    private readonly folderConfigs = new Map<string, FolderEntry>();
    private overrides: RuleSeverities = new Map();
    private pending: Promise<void> = Promise.resolve();

    /** Resolves once the configuration being loaded is in force; validation waits for it. */
    get ready(): Promise<void> {
        return this.pending;
    }

    /** Makes validation wait until `loading` is done (it never fails validation: a bad config keeps the defaults). */
    waitFor(loading: Promise<unknown>): void {
        const before = this.pending;
        this.pending = Promise.all([before, loading.catch(() => undefined)]).then(() => undefined);
    }

    /** Sets the severities of the configuration file in `folder`; without a folder they apply everywhere. */
    setFolderSeverities(folder: URI | undefined, severities: RuleSeverities): void {
        this.setFolderConfig(folder, { severities });
    }

    /** Sets the whole configuration (severities and overrides) in force below `folder`, or everywhere. */
    setFolderConfig(folder: URI | undefined, config: FolderConfig): void {
        const matchers = (config.overrides ?? []).map(override => ({
            matches: picomatch(override.files, { dot: true }),
            severities: override.severities
        }));
        this.folderConfigs.set(folder ? folderKey(folder.toString()) : '', { ...config, base: config.base ?? folder, matchers });
    }

    clearFolderSeverities(): void {
        this.folderConfigs.clear();
    }

    setOverrides(severities: RuleSeverities): void {
        this.overrides = severities;
    }

    severityFor(rule: Rule, documentUri: URI): ConfiguredSeverity {
        const override = this.overrides.get(rule.id);
        if (override) return override;
        const config = this.configFor(documentUri.toString());
        if (!config) return rule.defaultSeverity;
        const relative = config.base ? UriUtils.relative(config.base, documentUri) : undefined;
        let severity = config.severities.get(rule.id);
        if (relative !== undefined && !relative.startsWith('..')) {
            for (const { matches, severities } of config.matchers) {
                if (severities.has(rule.id) && matches(relative)) severity = severities.get(rule.id);
            }
        }
        return severity ?? rule.defaultSeverity;
    }

    /**
     * The rule's options for a document: the setting's, else those of the nearest configuration (an
     * override that matches the document winning, as for severities), else the rule's defaults.
     */
    optionsFor(rule: Rule, documentUri: URI): unknown {
        if (!rule.options) return undefined;
        return this.overrides.options?.get(rule.id) ?? this.configuredOptions(rule, documentUri) ?? rule.options.defaults;
    }

    private configuredOptions(rule: Rule, documentUri: URI): unknown {
        const config = this.configFor(documentUri.toString());
        if (!config) return undefined;
        const relative = config.base ? UriUtils.relative(config.base, documentUri) : undefined;
        let options = config.severities.options?.get(rule.id);
        if (relative !== undefined && !relative.startsWith('..')) {
            for (const { matches, severities } of config.matchers) {
                if (severities.options?.has(rule.id) && matches(relative)) options = severities.options.get(rule.id);
            }
        }
        return options;
    }

    /** The survey named by the configuration in force for the document, if any. */
    surveyFor(documentUri: URI): URI | undefined {
        return this.configFor(documentUri.toString())?.survey;
    }

    /** The configuration of the innermost folder that holds the document. */
    private configFor(documentUri: string): FolderEntry | undefined {
        let best: string | undefined;
        for (const folder of this.folderConfigs.keys()) {
            if (documentUri.startsWith(folder) && (best === undefined || folder.length > best.length)) best = folder;
        }
        return best === undefined ? undefined : this.folderConfigs.get(best);
    }
}

function folderKey(uri: string): string {
    return uri.endsWith('/') ? uri : `${uri}/`;
}
