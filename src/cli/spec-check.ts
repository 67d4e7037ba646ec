import * as path from 'node:path';
import { URI } from 'langium';
import type { Locale } from '../language/i18n/locale.js';
import { loadConfig, type ResolvedConfig } from '../language/rules/config-chain.js';
import { describeProblem } from '../language/rules/rule-config.js';
import type { ServiceDramaServices } from '../language/service-drama-module.js';
import { CliError } from './cli-error.js';
import { readSpecFile, specsBelow, statOrUndefined, workspaceRootOf } from './spec-files.js';
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
    /** Texts to check instead of what the files hold (standard input, a fix not yet written). */
    texts?: ReadonlyMap<string, string>;
}

/**
 * Checks specs the one way both `lint` and `blueprint` do: each with the rule configuration of its
 * workspace (the nearest folder above it with a `.servicedrama.json`, else its own folder) or of
 * `--config`, and with the other specs of that workspace as context, so that norms resolve.
 */
export async function checkSpecs(request: CheckRequest): Promise<LoadedSpec[]> {
    return (await checkSpecsWithServices(request)).specs;
}

/** As checkSpecs, with the services that checked them (for their quick fixes). */
export async function checkSpecsWithServices(request: CheckRequest): Promise<{ specs: LoadedSpec[]; services: ServiceDramaServices }> {
    const { cwd, locale } = request;
    const roots = workspaceRoots([...request.folders ?? [], ...request.files.map(file => path.dirname(file))]);
    const configs = request.configFile !== undefined
        ? [{ folder: undefined, config: await readConfig(path.resolve(cwd, request.configFile), cwd, locale) }]
        : await Promise.all(roots.filter(root => root.configFile)
            .map(async root => ({ folder: URI.file(root.root), config: await readConfig(root.configFile!, cwd, locale) })));
    const contextFiles = [...new Set(roots.flatMap(root => specsBelow(root.root)))];
    return buildSpecs(request.files, {
        cwd,
        contextFiles,
        texts: request.texts,
        configure: services => {
            services.i18n.Locale.locale = locale;
            for (const { folder, config } of configs) {
                const survey = config.survey === undefined ? undefined : URI.file(config.survey);
                services.validation.RuleSettings.setFolderConfig(folder, {
                    severities: config.severities,
                    overrides: config.overrides,
                    base: URI.file(path.dirname(config.file)),
                    ...(survey ? { survey } : {})
                });
                // The perception-gap rule reads the survey while validating: validation waits for it.
                if (survey) services.validation.RuleSettings.waitFor(services.validation.Surveys.load(survey));
            }
        }
    });
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

/**
 * Reads a configuration file and those it extends; any mistake in them stops the run with one line
 * naming the file, the key and the problem.
 */
export async function readConfig(file: string, cwd: string, locale: Locale): Promise<ResolvedConfig> {
    const shown = (name: string) => path.relative(cwd, name) || name;
    const loaded = await loadConfig(file, name => Promise.resolve().then(() => statOrUndefined(name)?.isFile() ? readSpecFile(name, cwd) : undefined));
    if ('failure' in loaded) {
        throw new CliError(`${shown(loaded.failure.file)}: ${describeProblem(loaded.failure.problem, locale)}`);
    }
    const { survey } = loaded.config;
    if (survey !== undefined && !statOrUndefined(survey)?.isFile()) {
        throw new CliError(`${shown(loaded.config.file)}: survey: no such survey file ${shown(survey)}`);
    }
    return loaded.config;
}

