/**
 * A mistake in what the user gave the CLI (usage, a path, a file's content, a configuration).
 * It is reported as one line and exit code 2, never as a stack trace.
 */
export class CliError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
    }
}
