import { parseArgs } from 'node:util';
import { blueprintCommand } from './blueprint-command.js';
import { CliError } from './cli-error.js';
import { countErrors, formatStylish } from './lint.js';
import { collectSpecFiles } from './spec-files.js';
import { buildSpecs } from './spec-workspace.js';

const USAGE = `Usage: service-drama <command> [options]

Commands:
  lint [paths...]     check spec files and folders (default: the current folder)
  blueprint FILE      draw a service's blueprint as SVG, HTML or JSON (see blueprint --help)

Options:
  -h, --help          show this help
  -v, --version       show the version`;

export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
        case '-h':
        case '--help':
            console.log(USAGE);
            return command === undefined ? 2 : 0;
        case '-v':
        case '--version':
            console.log(VERSION);
            return 0;
        case 'lint':
            return lint(rest);
        case 'blueprint':
            return blueprintCommand(rest);
        default:
            throw new CliError(`unknown command '${command}'\n\n${USAGE}`);
    }
}

async function lint(args: string[]): Promise<number> {
    const { positionals } = parseOptions(args, {});
    const files = collectSpecFiles(positionals.length > 0 ? positionals : ['.']);
    const { specs } = await buildSpecs(files);
    console.log(formatStylish(specs));
    return countErrors(specs) > 0 ? 1 : 0;
}

function parseOptions<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(args: string[], options: T) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        throw new CliError((error as Error).message);
    }
}

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

/** Runs the CLI and exits: user mistakes print one line, anything else is a bug and shows its stack. */
export function run(argv: string[]): void {
    main(argv).then(code => {
        process.exitCode = code;
    }, (error: unknown) => {
        if (error instanceof CliError) {
            console.error(`service-drama: ${error.message}`);
            process.exitCode = error.exitCode;
        } else {
            console.error('service-drama: internal error, please report it:', error);
            process.exitCode = 3;
        }
    });
}

run(process.argv.slice(2));
