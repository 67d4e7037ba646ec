import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localeFromTag, type Locale } from '../language/i18n/locale.js';
import { CliError } from './cli-error.js';

/** Parses a command's arguments; a mistake in them is a usage error (exit 2) that shows the usage. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        throw new CliError(`${(error as Error).message}\n\n${usage}`);
    }
}

/** The language of messages: `--locale`, else the environment (LC_ALL, LC_MESSAGES, LANG), else English. */
export function resolveLocale(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Locale {
    if (option !== undefined) {
        if (!/^(en|zh)([-_].*)?$/i.test(option)) {
            throw new CliError(`--locale ${option}: use en or zh-CN`);
        }
        return localeFromTag(option);
    }
    const fromEnvironment = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '');
    return localeFromTag(fromEnvironment);
}

/** Colour on a terminal, unless NO_COLOR is set; FORCE_COLOR asks for it anywhere. */
export function useColour(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
    if (env.NO_COLOR) return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
    return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}
