import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';

// Langium answers a request about a document it does not hold by waiting for that document, and fails
// with a cancellation (-32802) the client did not ask for; a negative line is read as the start of the
// file; null params throw. Every request about one document is checked here first: malformed params get
// InvalidParams, a document the server does not hold (never opened, or of another language) gets null,
// which every such request allows as "nothing here".

/** The connection's registrations for requests whose params name one text document. */
const DOCUMENT_REQUESTS = [
    'onHover', 'onDefinition', 'onTypeDefinition', 'onImplementation', 'onDeclaration', 'onReferences',
    'onDocumentHighlight', 'onDocumentSymbol', 'onCompletion', 'onSignatureHelp', 'onCodeAction', 'onCodeLens',
    'onDocumentFormatting', 'onDocumentRangeFormatting', 'onDocumentOnTypeFormatting', 'onRenameRequest',
    'onPrepareRename', 'onFoldingRanges', 'onDocumentLinks', 'onSelectionRanges'
] as const;

/** The same, for features grouped under `connection.languages`. */
const LANGUAGE_FEATURE_REQUESTS = {
    semanticTokens: ['on', 'onDelta', 'onRange'],
    inlayHint: ['on'],
    callHierarchy: ['onPrepare'],
    typeHierarchy: ['onPrepare']
} as const;

type Handler = (params: unknown, ...rest: unknown[]) => unknown;
type Registration = (handler: Handler) => unknown;

/** Wraps the connection's document request registrations so that every handler Langium adds is guarded. */
export function guardDocumentRequests(connection: Connection, shared: LangiumSharedServices): void {
    const guard = (handler: Handler): Handler => (params, ...rest) => {
        const problem = checkParams(params, shared);
        return problem === undefined ? handler(params, ...rest) : problem;
    };
    const registrations = connection as unknown as Record<string, Registration>;
    for (const name of DOCUMENT_REQUESTS) {
        const register = registrations[name].bind(connection);
        registrations[name] = handler => register(guard(handler));
    }
    const languages = connection.languages as unknown as Record<string, Record<string, Registration>>;
    for (const [feature, names] of Object.entries(LANGUAGE_FEATURE_REQUESTS)) {
        // Each feature is a getter that builds its registrations anew; keep one guarded copy instead.
        const guarded = { ...languages[feature] };
        for (const name of names) {
            const register = guarded[name];
            guarded[name] = handler => register(guard(handler));
        }
        Object.defineProperty(languages, feature, { value: guarded });
    }
}

/** InvalidParams for malformed params, null for a document the server does not hold, undefined when the request may go on. */
export function checkParams(params: unknown, shared: LangiumSharedServices): ResponseError | null | undefined {
    const uri = documentUri(params);
    if (uri === undefined) return new ResponseError(ErrorCodes.InvalidParams, 'The request names no text document (textDocument.uri).');
    for (const position of positionsOf(params as Record<string, unknown>)) {
        if (!isPosition(position)) {
            return new ResponseError(ErrorCodes.InvalidParams,
                `Invalid position ${JSON.stringify(position)}: line and character are whole numbers from 0.`);
        }
    }
    return isHeld(uri, shared) ? undefined : null;
}

/** The document the params name, if they name one well-formed URI. */
export function documentUri(params: unknown): URI | undefined {
    const textDocument = isObject(params) ? params.textDocument : undefined;
    const uri = isObject(textDocument) ? textDocument.uri : undefined;
    if (typeof uri !== 'string' || uri === '') return undefined;
    try {
        return URI.parse(uri);
    } catch {
        return undefined;
    }
}

/** A document of this language that is open in the editor or part of the workspace. */
function isHeld(uri: URI, shared: LangiumSharedServices): boolean {
    if (!shared.ServiceRegistry.hasServices(uri)) return false;
    return shared.workspace.LangiumDocuments.hasDocument(uri) || shared.workspace.TextDocuments?.get(uri) !== undefined;
}

/** The positions a request carries: `position`, and the ends of `range`. */
function positionsOf(params: Record<string, unknown>): unknown[] {
    const positions: unknown[] = [];
    if ('position' in params) positions.push(params.position);
    if ('range' in params) {
        const range = params.range;
        positions.push(isObject(range) ? range.start : range, isObject(range) ? range.end : range);
    }
    return positions;
}

export function isPosition(value: unknown): boolean {
    return isObject(value) && isIndex(value.line) && isIndex(value.character);
}

function isIndex(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null;
}
