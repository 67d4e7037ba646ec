import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildBlueprint, servicesOf } from '../blueprint/model.js';
import { renderHtml } from '../blueprint/render-html.js';
import { renderSvg } from '../blueprint/render-svg.js';
import { isModel } from '../language/generated/ast.js';
import { helpTexts } from '../language/help/keyword-help.js';
import { CONFIG_FILE_NAME } from '../language/rules/rule-config.js';
import { CliError } from './cli-error.js';
import { parseCommandArgs, resolveLocale } from './cli-options.js';
import { jsonText, terminalSafe } from './formats/safe-text.js';
import { checkSpecs } from './spec-check.js';
import { statOrUndefined } from './spec-files.js';

export const BLUEPRINT_USAGE = `Usage: service-drama blueprint FILE [--service NAME] [--format svg|html|json] [--locale en|zh-CN] [-o OUT]

Draws the service blueprint of a service in FILE, with the findings of lint on it. FILE is checked
as lint checks it: with the ${CONFIG_FILE_NAME} of its workspace and the norms of the other specs there.

Options:
  --service NAME      the service to draw (needed when FILE holds several)
  --format FORMAT     svg, html (a page with a legend) or json (the blueprint model);
                      by default taken from OUT's extension, else svg
  --locale LOCALE     language of the labels and findings: en or zh-CN
                      (default: from LC_ALL, LC_MESSAGES or LANG, else en)
  -o, --output OUT    write to this file instead of the standard output
  -c, --config FILE   the configuration file to use, instead of the ${CONFIG_FILE_NAME} found`;

const FORMATS = ['svg', 'html', 'json'] as const;
type Format = typeof FORMATS[number];

/** `service-drama blueprint`: exports one service's blueprint as SVG, HTML or JSON. */
export async function blueprintCommand(args: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
    const { values, positionals } = parseCommandArgs(args, {
        service: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        locale: { type: 'string' },
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
    const locale = resolveLocale(values.locale, env);
    const output = values.output === undefined ? undefined : path.resolve(cwd, values.output);
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

    const model = buildBlueprint(service, spec.diagnostics);
    const text = format === 'json' ? `${jsonText(model)}\n` : format === 'html' ? renderHtml(model, locale) : renderSvg(model, { locale });
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

function formatOf(format: string | undefined, output: string | undefined): Format {
    if (format !== undefined) {
        if (!(FORMATS as readonly string[]).includes(format)) {
            throw new CliError(`unknown format '${format}'; use one of: ${FORMATS.join(', ')}`);
        }
        return format as Format;
    }
    const extension = output === undefined ? '' : path.extname(output).toLowerCase();
    return extension === '.html' || extension === '.htm' ? 'html' : extension === '.json' ? 'json' : 'svg';
}

/** Fails before any work when the output cannot go where it is asked to. */
function checkOutputFolder(output: string, shown: string): void {
    const folder = path.dirname(output);
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (!stat) throw new CliError(`cannot write ${shown}: the folder ${folder} does not exist`);
    if (!stat.isDirectory()) throw new CliError(`cannot write ${shown}: ${folder} is not a folder`);
}
