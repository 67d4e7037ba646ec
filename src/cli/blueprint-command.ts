import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBlueprint, servicesOf, type BlueprintModel } from '../blueprint/model.js';
import { renderHtml } from '../blueprint/render-html.js';
import { renderMarkdown } from '../blueprint/render-md.js';
import { renderPng } from '../blueprint/render-png.js';
import { renderSvg } from '../blueprint/render-svg.js';
import { isModel } from '../language/generated/ast.js';
import { helpTexts } from '../language/help/keyword-help.js';
import type { Locale } from '../language/i18n/locale.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';
import { jsonText, terminalSafe } from './formats/safe-text.js';
import { checkSpecs } from './spec-check.js';
import { statOrUndefined } from './spec-files.js';
import { checkedSurvey, designsOf, readSurvey, surveyFile } from './survey-input.js';
import type { LoadedSpec } from './spec-workspace.js';
import { withGaps } from '../survey/blueprint-gaps.js';
import { poolWave } from '../survey/pool.js';
import { chooseWaves } from '../survey/waves.js';

export const BLUEPRINT_USAGE = `Usage: service-drama blueprint FILE [--service NAME] [--format svg|html|json|png|md] [--survey FILE [--wave W] [--lenient]] [--scale N] [--font FILE] [--locale en|zh-CN] [-o OUT]

Draws the service blueprint of a service in FILE, with the findings of lint on it. FILE is checked
as lint checks it: with the ${CONFIG_FILE_NAME} of its workspace and the norms of the other specs there.

Options:
  --service NAME      the service to draw (needed when FILE holds several)
  --format FORMAT     svg, html (a page with a legend), json (the blueprint model),
                      png (a picture) or md (Markdown for a design review: the picture,
                      then each scene's touchpoints, expectations and risks);
                      by default taken from OUT's extension, else svg
  --survey FILE       draw the measured gaps of a survey as a heat map on the element chips and
                      the touchpoint columns (default: the "survey" of the ${CONFIG_FILE_NAME} in use);
                      see gaps --help for the survey's format
  --wave W            the survey wave to draw (default: the latest)
  --lenient           leave out the survey's rows with problems instead of failing
  --scale N           png: pixels per unit of the drawing, e.g. 2 for high-density screens (default 1)
  --font FILE         png: a font file to draw with besides the system's (repeatable);
                      Chinese text needs a CJK font, installed or given here
  --locale LOCALE     language of the labels and findings: en or zh-CN
                      (default: from LC_ALL, LC_MESSAGES or LANG, else en)
  -o, --output OUT    write to this file instead of the standard output
  -c, --config FILE   the configuration file to use, instead of the ${CONFIG_FILE_NAME} found`;

const FORMATS = ['svg', 'html', 'json', 'png', 'md'] as const;
type Format = typeof FORMATS[number];

/** `service-drama blueprint`: exports one service's blueprint as SVG, HTML, JSON, PNG or Markdown. */
export async function blueprintCommand(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        service: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
        scale: { type: 'string' },
        font: { type: 'string', multiple: true },
        survey: { type: 'string' },
        wave: { type: 'string' },
        lenient: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
    }, BLUEPRINT_USAGE);
    if (values.help) {
        console.log(BLUEPRINT_USAGE);
        return 0;
    }
    if (positionals.length !== 1) {
        throw new CliError(`${positionals.length === 0 ? 'give the spec file to draw' : 'give exactly one spec file'}\n\n${BLUEPRINT_USAGE}`);
    }
    const format = formatOf(values.format, values.output);
    const scale = scaleOf(values.scale, format);
    const fonts = fontsOf(values.font ?? [], format, cwd);
    const locale = resolveLocale(values.locale, env);
    const output = values.output === undefined ? undefined : path.resolve(cwd, values.output);
    if (format === 'png' && !output && process.stdout.isTTY) throw new CliError('a PNG is not for the terminal: write it to a file with -o FILE.png');
    if (output) checkOutputFolder(output, values.output!);

    const input = positionals[0];
    const file = path.resolve(cwd, input);
    const stat = statOrUndefined(file);
    if (!stat) throw new CliError(`${input}: no such file`);
    if (stat.isDirectory()) throw new CliError(`${input} is a folder; give one spec file`);
    if (!stat.isFile()) throw new CliError(`${input}: not a file`);

    const [spec] = await checkSpecs({ files: [file], cwd, configFile: values.config, locale });
    const root = spec.document.parseResult.value;
    const services = isModel(root) ? servicesOf(root) : [];
    const names = services.map(service => service.name).join(', ');
    if (services.length === 0) {
        throw new CliError(`${input}: no service in this file`);
    }
    const service = values.service === undefined ? services[0] : services.find(candidate => candidate.name === values.service);
    if (!service) {
        throw new CliError(`service '${values.service}' not found in ${input}; it has: ${names}`);
    }
    if (values.service === undefined && services.length > 1) {
        throw new CliError(`${input} holds ${services.length} services; choose one with --service: ${names}`);
    }

    const built = buildBlueprint(service, spec.diagnostics);
    const surveyPath = await surveyFile(values.survey, file, cwd, values.config, locale);
    const model = surveyPath === undefined ? built : measured(built, [spec], surveyPath, { cwd, locale, wave: values.wave, lenient: values.lenient === true });
    const text = exported(model, format, locale, scale, fonts);
    if (!output) {
        process.stdout.write(text);
        return 0;
    }
    try {
        fs.writeFileSync(output, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new CliError(`cannot write ${values.output}${code ? ` (${code})` : ''}`);
    }
    const relative = path.relative(cwd, output);
    console.log(terminalSafe(helpTexts(locale).cli.blueprintWritten(service.name, relative.startsWith('..') || path.isAbsolute(relative) ? output : relative)));
    return 0;
}

/** The blueprint with the survey's gaps of the wave asked for (the latest by default). */
function measured(model: BlueprintModel, specs: LoadedSpec[], survey: string, options: { cwd: string; locale: Locale; wave?: string; lenient: boolean }): BlueprintModel {
    const data = checkedSurvey(readSurvey(survey, options.cwd), designsOf(specs), options.lenient, options.locale, process.stderr);
    const choice = chooseWaves(data.rows, options.wave);
    const texts = helpTexts(options.locale).survey;
    if (!choice) throw new CliError(texts.noSuchWave(options.wave!, (chooseWaves(data.rows)?.waves ?? []).map(wave => texts.wave(wave)).join(', ')));
    if (choice.current === undefined) return model;
    return withGaps(model, poolWave(data.rows, choice.current), { file: data.file, wave: choice.current });
}

function formatOf(format: string | undefined, output: string | undefined): Format {
    if (format !== undefined) {
        if (!(FORMATS as readonly string[]).includes(format)) {
            throw new CliError(`unknown format '${format}'; use one of: ${FORMATS.join(', ')}`);
        }
        return format as Format;
    }
    const extension = output === undefined ? '' : path.extname(output).toLowerCase();
    const byExtension: Record<string, Format> = { '.html': 'html', '.htm': 'html', '.json': 'json', '.png': 'png', '.md': 'md' };
    return byExtension[extension] ?? 'svg';
}

function exported(model: BlueprintModel, format: Format, locale: Locale, scale: number, fontFiles: string[]): string | Buffer {
    switch (format) {
        case 'json': return `${jsonText(model)}\n`;
        case 'html': return renderHtml(model, locale);
        case 'md': return renderMarkdown(model, locale);
        case 'png': {
            const { png, missingCjkFont } = renderPng(model, { locale, scale, fontFiles });
            if (missingCjkFont) console.error(helpTexts(locale).cli.noCjkFont);
            return png;
        }
        default: return renderSvg(model, { locale });
    }
}

const MAX_SCALE = 8;

function scaleOf(scale: string | undefined, format: Format): number {
    if (scale === undefined) return 1;
    if (format !== 'png') throw new CliError('--scale applies to --format png only');
    const value = Number(scale);
    if (!Number.isFinite(value) || value <= 0 || value > MAX_SCALE) {
        throw new CliError(`--scale must be a number above 0 and at most ${MAX_SCALE}, not '${scale}'`);
    }
    return value;
}

function fontsOf(fonts: string[], format: Format, cwd: string): string[] {
    if (fonts.length > 0 && format !== 'png') throw new CliError('--font applies to --format png only');
    return fonts.map(font => {
        const file = path.resolve(cwd, font);
        if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new CliError(`--font ${font}: no such file`);
        return file;
    });
}

/** Fails before any work when the output cannot go where it is asked to. */
function checkOutputFolder(output: string, shown: string): void {
    const folder = path.dirname(output);
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (!stat) throw new CliError(`cannot write ${shown}: the folder ${folder} does not exist`);
    if (!stat.isDirectory()) throw new CliError(`cannot write ${shown}: ${folder} is not a folder`);
}
