import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Locale } from '../language/i18n/locale.js';
import { readConfig } from './spec-check.js';
import { statOrUndefined, workspaceRootOf } from './spec-files.js';

export interface IgnoreOptions {
    cwd: string;
    /** `--ignore-pattern` globs, relative to the current folder. */
    patterns: string[];
    /** `--config`: its `ignores` stand for every spec, instead of those of the nearest configuration. */
    configFile?: string;
    locale: Locale;
}

/**
 * The files that no ignore leaves out: `.gitignore` files (from the file's folder up to the repository's
 * top, the deeper ones last, as git reads them), the `ignores` globs of the nearest `.servicedrama.json`
 * (relative to its folder), and `--ignore-pattern` globs (relative to the current folder).
 */
export async function leaveOutIgnored(files: string[], options: IgnoreOptions): Promise<string[]> {
    const byPattern = options.patterns.length > 0 ? picomatch(options.patterns, { dot: true }) : undefined;
    const gitignores = new GitignoreCache();
    const configIgnores = new Map<string, Promise<((file: string) => boolean) | undefined>>();
    const ofConfig = (configFile: string) => {
        let matcher = configIgnores.get(configFile);
        if (!matcher) {
            matcher = readConfig(configFile, options.cwd, options.locale).then(config => {
                if (config.ignores.length === 0) return undefined;
                const matches = picomatch(config.ignores, { dot: true });
                return (file: string) => isInside(path.dirname(config.file), file) && matches(relativePosix(path.dirname(config.file), file));
            });
            configIgnores.set(configFile, matcher);
        }
        return matcher;
    };
    const kept: string[] = [];
    for (const file of files) {
        if (byPattern && isInside(options.cwd, file) && byPattern(relativePosix(options.cwd, file))) continue;
        if (gitignores.ignores(file)) continue;
        const configFile = options.configFile !== undefined
            ? path.resolve(options.cwd, options.configFile)
            : workspaceRootOf(path.dirname(file)).configFile;
        const matcher = configFile ? await ofConfig(configFile) : undefined;
        if (matcher?.(file)) continue;
        kept.push(file);
    }
    return kept;
}

/** The `.gitignore` files above a file, read once each. */
class GitignoreCache {
    private readonly byFolder = new Map<string, Ignore | undefined>();

    ignores(file: string): boolean {
        let ignored = false;
        for (const folder of this.foldersAbove(path.dirname(file))) {
            const rules = this.rulesIn(folder);
            if (!rules) continue;
            const { ignored: now, unignored } = rules.test(relativePosix(folder, file));
            if (now) ignored = true;
            else if (unignored) ignored = false;
        }
        return ignored;
    }

    /** From the repository's top (the nearest folder holding `.git`), or the file system's, down to `folder`. */
    private foldersAbove(folder: string): string[] {
        const folders: string[] = [];
        for (let current = folder; ; current = path.dirname(current)) {
            folders.unshift(current);
            if (statOrUndefined(path.join(current, '.git')) || path.dirname(current) === current) return folders;
        }
    }

    private rulesIn(folder: string): Ignore | undefined {
        if (!this.byFolder.has(folder)) {
            let rules: Ignore | undefined;
            try {
                rules = ignore().add(fs.readFileSync(path.join(folder, '.gitignore'), 'utf8'));
            } catch {
                rules = undefined; // No .gitignore here (or none that can be read): it ignores nothing.
            }
            this.byFolder.set(folder, rules);
        }
        return this.byFolder.get(folder);
    }
}

function isInside(folder: string, file: string): boolean {
    const relative = path.relative(folder, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function relativePosix(folder: string, file: string): string {
    return path.relative(folder, file).split(path.sep).join('/');
}
