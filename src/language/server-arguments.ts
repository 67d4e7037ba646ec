/**
 * The server's command line. vscode-languageserver picks the transport from it and throws a stack
 * trace when there is none, so the arguments are checked first and a mistake gets the usage.
 */
export const SERVER_USAGE = `Usage: service-drama-language-server --stdio

Starts the Service Drama language server; an editor starts it and speaks LSP to it over one of:
  --stdio                  standard input and output (Neovim, Emacs, Helix and most editors)
  --node-ipc               Node's IPC channel (VS Code)
  --socket=PORT            a TCP socket: the editor listens on PORT at 127.0.0.1
  --pipe=NAME              a named pipe or Unix socket the editor listens on

Options:
  --clientProcessId=PID    stop when the editor's process PID ends
  -h, --help               show this help
  -v, --version            show the version`;

export type ServerArguments =
    | { kind: 'start' }
    | { kind: 'help' }
    | { kind: 'version' }
    | { kind: 'mistake'; message: string };

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];
const WITH_VALUE = ['--socket', '--pipe', '--clientProcessId'];

/** Reads `process.argv.slice(2)` as vscode-languageserver does, accepting what it accepts and nothing else. */
export function readServerArguments(argv: string[]): ServerArguments {
    if (argv.some(arg => arg === '-h' || arg === '--help')) return { kind: 'help' };
    if (argv.some(arg => arg === '-v' || arg === '--version')) return { kind: 'version' };
    const transports: string[] = [];
    for (let i = 0; i < argv.length; i++) {
        const [name, inlineValue] = splitOption(argv[i]);
        if (!TRANSPORTS.includes(name) && name !== '--clientProcessId') {
            return { kind: 'mistake', message: `unknown argument '${argv[i]}'` };
        }
        if (WITH_VALUE.includes(name)) {
            const value = inlineValue ?? argv[++i];
            const problem = value === undefined ? 'needs a value' : valueProblem(name, value);
            if (problem) return { kind: 'mistake', message: `${name} ${problem}` };
        } else if (inlineValue !== undefined) {
            return { kind: 'mistake', message: `${name} takes no value` };
        }
        if (TRANSPORTS.includes(name)) transports.push(name);
    }
    if (transports.length === 0) return { kind: 'mistake', message: 'no transport given: start it with --stdio' };
    if (transports.length > 1) return { kind: 'mistake', message: `one transport only, not ${transports.join(' and ')}` };
    return { kind: 'start' };
}

function splitOption(arg: string): [string, string | undefined] {
    const equals = arg.indexOf('=');
    return equals < 0 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function valueProblem(name: string, value: string): string | undefined {
    if (name === '--pipe') return value === '' ? 'needs a name' : undefined;
    const number = /^\d+$/.test(value) ? Number(value) : NaN;
    if (name === '--socket' && !(number >= 1 && number <= 65535)) return `needs a port from 1 to 65535, not '${value}'`;
    if (name === '--clientProcessId' && !(number >= 1)) return `needs a process id, not '${value}'`;
    return undefined;
}
