import type { URI } from 'langium';
import type { Rule, ConfiguredSeverity } from '../rules/rule.js';
import type { RuleSeverities } from '../rules/rule-config.js';

/**
 * The severity each rule has for a document: the default, unless the configuration file of the
 * document's workspace folder sets it, unless the editor's `serviceDrama.rules` setting does.
 */
export class RuleSettings {
    /** Configuration files by the folder they govern (a URI string ending in `/`); `''` governs every document. */
    private readonly folderSeverities = new Map<string, RuleSeverities>();
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
        this.folderSeverities.set(folder ? folderKey(folder.toString()) : '', severities);
    }

    clearFolderSeverities(): void {
        this.folderSeverities.clear();
    }

    setOverrides(severities: RuleSeverities): void {
        this.overrides = severities;
    }

    severityFor(rule: Rule, documentUri: URI): ConfiguredSeverity {
        const override = this.overrides.get(rule.id);
        if (override) return override;
        const configured = this.configFor(documentUri.toString())?.get(rule.id);
        return configured ?? rule.defaultSeverity;
    }

    /** The rule's options for a document: the setting's, else its folder configuration's, else the rule's defaults. */
    optionsFor(rule: Rule, documentUri: URI): unknown {
        if (!rule.options) return undefined;
        return this.overrides.options?.get(rule.id)
            ?? this.configFor(documentUri.toString())?.options?.get(rule.id)
            ?? rule.options.defaults;
    }

    /** The configuration of the innermost folder that holds the document. */
    private configFor(documentUri: string): RuleSeverities | undefined {
        let best: string | undefined;
        for (const folder of this.folderSeverities.keys()) {
            if (documentUri.startsWith(folder) && (best === undefined || folder.length > best.length)) best = folder;
        }
        return best === undefined ? undefined : this.folderSeverities.get(best);
    }
}

function folderKey(uri: string): string {
    return uri.endsWith('/') ? uri : `${uri}/`;
}
