import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { Locale } from '../language/i18n/locale.js';
import { describeProblem, parseRuleConfigFile, type RuleSeverities } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { readSpecFile, specsBelow, workspaceRootOf } from './spec-files.js';
import { buildSpecs, type LoadedSpec } from './spec-workspace.js';

export interface CheckRequest {
    /** Absolute paths of the specs to check. */
    files: string[];
    /** Folders given on the command line: their workspaces count too. */
    folders?: string[];
    cwd: string;
    /** `--config`: one configuration file for every spec, instead of those of the workspaces. */
    configFile?: string;
    locale: Locale;
}

/**
 * Checks specs the one way both `lint` and `blueprint` do: each with the rule severities of its
 * workspace (the nearest folder above it with a `.servicedrama.json`, else its own folder) or of
 * `--config`, and with the other specs of that workspace as context, so that norms resolve.
 */
export async function checkSpecs(request: CheckRequest): Promise<LoadedSpec[]> {
    const { cwd, locale } = request;
    const roots = workspaceRoots([...request.folders ?? [], ...request.files.map(file => path.dirname(file))]);
    const severities = request.configFile !== undefined
        ? [{ folder: undefined, severities: readConfig(path.resolve(cwd, request.configFile), cwd, locale) }]
        : roots.filter(root => root.configFile)
            .map(root => ({ folder: URI.file(root.root), severities: readConfig(root.configFile!, cwd, locale) }));
    const contextFiles = [...new Set(roots.flatMap(root => specsBelow(root.root)))];
    const { specs } = await buildSpecs(request.files, {
        cwd,
        contextFiles,
        configure: services => {
            services.i18n.Locale.locale = locale;
            for (const { folder, severities: ofFolder } of severities) {
                services.validation.RuleSettings.setFolderSeverities(folder, ofFolder);
            }
        }
    });
    return specs;
}

/** The workspace root of each folder the specs were found in, without repeats. */
function workspaceRoots(folders: string[]): Array<{ root: string; configFile?: string }> {
    const roots = new Map<string, { root: string; configFile?: string }>();
    for (const folder of new Set(folders)) {
        const root = workspaceRootOf(folder);
        roots.set(root.root, root);
    }
    return [...roots.values()];
}

/** Reads a configuration file; any mistake in it stops the run with one line naming the file and the key. */
function readConfig(file: string, cwd: string, locale: Locale): RuleSeverities {
    const shown = path.relative(cwd, file) || file;
    if (!fs.existsSync(file)) throw new CliError(`${shown}: no such configuration file`);
    const { severities, problems } = parseRuleConfigFile(readSpecFile(file, cwd));
    if (problems.length > 0) {
        throw new CliError(`${shown}: ${describeProblem(problems[0], locale)}`);
    }
    return severities;
}
