import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { convertKeywords } from '../language/convert-keywords.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import type { KeywordLanguage } from '../language/keywords.js';
import { createServiceDramaServices } from '../language/service-drama-module.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';
import { displayPath } from './formats/report.js';
import { terminalSafe } from './formats/safe-text.js';
import { expandSpecInputs, readSpecFile, statOrUndefined } from './spec-files.js';

const LANGUAGES: readonly KeywordLanguage[] = ['zh', 'en'];

export interface ConvertIo {
    cwd: string;
    env: NodeJS.ProcessEnv;
    stdout: NodeJS.WritableStream;
    stderr: NodeJS.WritableStream;
}

/** One spec and where its converted text goes. */
interface Target {
    file: string;
    output: string;
}

/**
 * `service-drama convert --keywords zh|en FILE... [-o OUT]`: rewrites the specs' keywords in one
 * language. Returns 0 when every spec was converted, 1 when one was left as it is for a syntax error.
 */
export function convertCommand(args: string[], io: ConvertIo): number {
    const preliminary = resolveLocaleOrEnglish(args, io.env);
    const usage = helpTexts(preliminary).convert.usage;
    const { values, positionals } = parseCommandArgs(args, {
        keywords: { type: 'string' },
        output: { type: 'string', short: 'o' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    }, usage);
    if (values.help) {
        io.stdout.write(`${usage}\n`);
        return 0;
    }
    const locale = resolveLocale(values.locale, io.env);
    const to = languageOf(values.keywords, usage);
    if (positionals.length === 0) throw new CliError(`give the spec files to convert\n\n${usage}`);
    const { files, folders } = expandSpecInputs(positionals, io.cwd);
    const targets = targetsOf(files, folders.length > 0, values.output, io.cwd);

    // Every spec is read and converted before any is written: a file that cannot be read stops the run
    // with nothing changed.
    const { ServiceDrama } = createServiceDramaServices(EmptyFileSystem);
    ServiceDrama.i18n.Locale.locale = locale;
    const factory = ServiceDrama.shared.workspace.LangiumDocumentFactory;
    const conversions = targets.map(target => {
        // The text as written, byte order mark included: whitespace to the lexer, kept in the output.
        const text = readSpecFile(target.file, io.cwd, { keepByteOrderMark: true });
        return { ...target, text, result: convertKeywords(text, factory.fromString(text, URI.file(target.file)).parseResult, to) };
    });

    const texts = helpTexts(locale).convert;
    const say = (stream: NodeJS.WritableStream, message: string) => stream.write(`${terminalSafe(message)}\n`);
    let exitCode = 0;
    for (const { file, output, text, result } of conversions) {
        const shown = displayPath(file, io.cwd);
        if (!result.converted) {
            const { line, column, message } = result.syntaxError;
            say(io.stderr, texts.syntaxError(shown, line, column, message));
            exitCode = 1;
        } else if (output === file && result.text === text) {
            say(io.stdout, texts.to[to].unchanged(shown));
        } else {
            write(output, result.text, io.cwd);
            say(io.stdout, output === file
                ? texts.to[to].converted(shown, result.changes)
                : texts.to[to].written(shown, displayPath(output, io.cwd), result.changes));
        }
    }
    return exitCode;
}

/** The locale for the usage text, before the arguments are known to be valid. */
function resolveLocaleOrEnglish(args: string[], env: NodeJS.ProcessEnv): Locale {
    const index = args.findIndex(arg => arg === '--locale' || arg.startsWith('--locale='));
    const option = index < 0 ? undefined : args[index].includes('=') ? args[index].split('=')[1] : args[index + 1];
    try {
        return resolveLocale(option, env);
    } catch {
        return resolveLocale(undefined, env);
    }
}

function languageOf(keywords: string | undefined, usage: string): KeywordLanguage {
    if (keywords === undefined) throw new CliError(`say which keywords to write: --keywords zh or --keywords en\n\n${usage}`);
    const language = LANGUAGES.find(candidate => candidate === keywords.toLowerCase());
    if (!language) throw new CliError(`--keywords ${keywords}: use zh (Chinese) or en (English)`);
    return language;
}

/**
 * Where each spec goes: in place without -o; with -o, the file it names for one spec (or into the
 * folder it names), else a folder where each spec keeps its path below the folder common to them all.
 */
function targetsOf(files: string[], fromFolder: boolean, output: string | undefined, cwd: string): Target[] {
    if (output === undefined) {
        files.forEach(file => checkWritable(file, cwd));
        return files.map(file => ({ file, output: file }));
    }
    const absolute = path.resolve(cwd, output);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory() && files.length === 1 && !fromFolder) return [{ file: files[0], output: path.join(absolute, path.basename(files[0])) }];
    if (files.length === 1 && !fromFolder) {
        checkFolder(path.dirname(absolute), output);
        return [{ file: files[0], output: absolute }];
    }
    if (stat && !stat.isDirectory()) throw new CliError(`-o ${output}: the specs go into a folder, and this is a file`);
    const base = commonFolder(files);
    const targets = files.map(file => ({ file, output: path.join(absolute, path.relative(base, file)) }));
    const overwritten = targets.find(target => target.output === target.file);
    if (overwritten) throw new CliError(`-o ${output}: this is where the specs are; leave out -o to convert them in place`);
    return targets;
}

function commonFolder(files: string[]): string {
    return files.map(file => path.dirname(file)).reduce((common, folder) => {
        while (common !== folder && !folder.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) common = path.dirname(common);
        return common;
    });
}

/** A spec to rewrite in place that cannot be written stops the run before any file is written. */
function checkWritable(file: string, cwd: string): void {
    try {
        fs.accessSync(file, fs.constants.W_OK);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${displayPath(file, cwd)}: cannot write the file${code ? ` (${code})` : ''}`);
    }
}

/** Fails before any file is written when the output cannot go where it is asked to. */
function checkFolder(folder: string, shown: string): void {
    const stat = statOrUndefined(folder);
    if (!stat) throw new CliError(`cannot write ${shown}: the folder ${folder} does not exist`);
    if (!stat.isDirectory()) throw new CliError(`cannot write ${shown}: ${folder} is not a folder`);
}

function write(file: string, text: string, cwd: string): void {
    try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`${displayPath(file, cwd)}: cannot write the file${code ? ` (${code})` : ''}`);
    }
}
