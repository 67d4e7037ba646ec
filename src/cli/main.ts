import { blueprintCommand } from './blueprint-command.js';
import { CliError } from './cli-error.js';
import { convertCommand } from './convert-command.js';
import { gapsCommand } from './gaps-command.js';
import { terminalSafe } from './formats/safe-text.js';
import { initCommand } from './init-command.js';
import { lintCommand } from './lint.js';
import { rulesCommand } from './rules-command.js';
import { studioCommand } from './studio-command.js';

const USAGE = `Usage: service-drama <command> [options]

Commands:
  lint [paths...]     check spec files, folders and globs (default: the current folder; see lint --help)
  rules               list the validation rules
  init                write a commented .servicedrama.json (and, with --example, a first spec)
  blueprint FILE      draw a service's blueprint as SVG, HTML, PNG, Markdown or JSON (see blueprint --help)
  gaps SPEC...        measured quality: a survey's gaps between perception and expectation (see gaps --help)
  studio [FOLDER]     edit specs in the browser, with the live blueprint (see studio --help)
  convert FILE...     write the specs' keywords in Chinese or English: --keywords zh|en (see convert --help)

Options:
  -h, --help          show this help
  -v, --version       show the version`;

/**
 * Runs one command and returns its exit code. With no command, the usage goes to the standard output
 * with exit code 0, as `docker` and `cargo` do (git exits 1 there, but 1 means "errors found" here); a
 * usage mistake is a CliError, reported on the standard error with exit code 2.
 */
export async function main(argv: string[]): Promise<number> {
    const [command, ...rest] = argv;
    switch (command) {
        case undefined:
        case '-h':
        case '--help':
            console.log(USAGE);
            return 0;
        case '-v':
        case '--version':
            console.log(VERSION);
            return 0;
        case 'lint':
            return lintCommand(rest, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, version: VERSION });
        case 'rules':
            return rulesCommand(rest, process.stdout);
        case 'init':
            return initCommand(rest, { cwd: process.cwd(), env: process.env, stdout: process.stdout });
        case 'blueprint':
            return blueprintCommand(rest);
        case 'gaps':
            return gapsCommand(rest, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
        case 'studio':
            return studioCommand(rest);
        case 'convert':
            return convertCommand(rest, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
        default:
            throw new CliError(`unknown command '${command}'\n\n${USAGE}`);
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
            console.error(terminalSafe(`service-drama: ${error.message}`));
            process.exitCode = error.exitCode;
        } else {
            console.error(terminalSafe(`service-drama: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}`));
            process.exitCode = 3;
        }
    });
}

run(process.argv.slice(2));
