import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const BIN = path.resolve('bin', 'service-drama.cjs');

export interface CliRun {
    status: number | null;
    stdout: string;
    stderr: string;
}

/** Runs the built CLI as a child process, as a user or a CI job would, without colour unless asked. */
export function runCli(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; uid?: number; gid?: number; input?: string }): CliRun {
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8', uid: options.uid, gid: options.gid, input: options.input });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A message of `lint --format json`, as the CLI writes it. */
export interface JsonLintMessage {
    ruleId: string | null;
    severity: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** One file of `lint --format json`. */
export interface JsonLintFile {
    filePath: string;
    errorCount: number;
    warningCount: number;
    infoCount: number;
    messages: JsonLintMessage[];
}

/** The files of a run with `--format json`. */
export function jsonLintFiles(run: CliRun): JsonLintFile[] {
    return JSON.parse(run.stdout) as JsonLintFile[];
}

/** A fresh folder with the given files (paths relative to it); removed by the returned cleanup. */
export function makeWorkspace(files: Record<string, string | Buffer>): { dir: string; remove: () => void } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'service-drama-cli-'));
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(dir, name);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
    }
    return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A spec without findings. */
export const CLEAN = `service Dinner {
    actor Waiter frontstage

    scene Ordering {
        touchpoint Order face-to-face {
            customer "orders"
            Waiter "takes the order"
            expect reliability "the order is right"
            expect responsiveness "order taken" within 2 min
            expect assurance "a smile"
            expect empathy "notices allergies"
            applies Clean
            evidence Table
        }
    }
    prop Table
}
`;

/** The norm the clean spec applies, in a file of its own (a norm library). */
export const NORMS = `norm Clean {
    expect tangibles "a clean table"
}
`;

/** A spec with two warnings and no error. */
export const WARNINGS = `service Lunch {
    actor Cook backstage
    actor Server frontstage

    scene Serving {
        touchpoint Serve face-to-face {
            customer "waits"
            Server "brings the dish"
            expect reliability "the right dish"
            expect responsiveness "dish served"
            expect assurance "polite"
            expect empathy "kind"
            expect tangibles "clean plate"
            evidence Plate
        }
    }
    prop Plate
}
`;

/** A spec with one error. */
export const ERRORS = `service Breakfast {
    actor Host frontstage

    scene Seating {
        touchpoint Seat face-to-face {
            customer "sits down"
            Host "seats the guest"
            expect reliability "a table"
            expect responsiveness "seated" within 1 min
            expect assurance "greeted"
            expect empathy "a quiet table if asked"
            expect tangibles "a clean chair"
            risk NoTable "the room is full"
            evidence Chair
        }
    }
    prop Chair
}
`;
