import type { BlueprintModel, SourcePosition } from './model.js';

// The custom LSP request through which the editor asks the language server for a blueprint. The
// server computes the model from the document it has validated and draws it with the renderer the
// CLI uses, so the preview and the export always agree.

export const BLUEPRINT_REQUEST = 'serviceDrama/blueprint';

/** From the server: a survey named by a configuration was read again; an open preview asks for its blueprint again. */
export const SURVEY_CHANGED_NOTIFICATION = 'serviceDrama/surveyChanged';

/** The editor command that opens the preview; a CodeLens passes it the document's uri and a service name. */
export const OPEN_BLUEPRINT_COMMAND = 'serviceDrama.openBlueprintToSide';

export interface BlueprintParams {
    textDocument: { uri: string };
    /** The service to draw; when absent, the one around `position`, else the first. */
    service?: string;
    position?: SourcePosition;
}

export interface BlueprintResult {
    /** The names of every service in the document, in order: the preview's service picker. */
    services: string[];
    /** The norms of a document without a service, so that the preview can say what the file holds. */
    norms?: string[];
    /** The service drawn; absent when the document has no service or the named one is gone. */
    service?: string;
    model?: BlueprintModel;
    /** The blueprint drawn for the preview (an `<svg>` element without a stylesheet). */
    svg?: string;
}
