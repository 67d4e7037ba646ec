import { DocumentState, type LangiumDocument } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { buildBlueprint, selectService, servicesOf } from '../blueprint/model.js';
import { BLUEPRINT_REQUEST, type BlueprintParams, type BlueprintResult } from '../blueprint/protocol.js';
import { renderSvg } from '../blueprint/render-svg.js';
import { checkParams, documentUri } from './document-request-guard.js';
import { isModel, isNorm } from './generated/ast.js';
import type { Locale } from './i18n/locale.js';
import type { ServiceDramaServices } from './service-drama-module.js';
import { withGaps } from '../survey/blueprint-gaps.js';

/** Answers the `serviceDrama/blueprint` request once the document has been validated. */
export function registerBlueprintRequest(shared: LangiumSharedServices): void {
    const answer = createRequestHandler<BlueprintParams, BlueprintResult>(
        // The labels speak the language of hovers and messages.
        (services, document, params) => blueprintOf(document, params, (services as ServiceDramaServices).i18n.Locale.locale, services as ServiceDramaServices),
        shared,
        DocumentState.Validated
    );
    shared.lsp.Connection?.onRequest(BLUEPRINT_REQUEST, (params: unknown, cancelToken: CancellationToken) => {
        const problem = checkParams(params, shared);
        if (problem) return problem;
        if (problem === null) {
            return new ResponseError(LSPErrorCodes.RequestFailed, `No spec is open or in the workspace at ${String(documentUri(params))}.`);
        }
        const service = (params as { service?: unknown }).service;
        if (service !== undefined && typeof service !== 'string') {
            return new ResponseError(ErrorCodes.InvalidParams, 'The service to draw is named by a string.');
        }
        return answer(params as BlueprintParams, cancelToken);
    });
}

export function blueprintOf(document: LangiumDocument, params: Omit<BlueprintParams, 'textDocument'>, locale: Locale = 'en', language?: ServiceDramaServices): BlueprintResult {
    const root = document.parseResult.value;
    if (!isModel(root)) return { services: [] };
    // A service whose name is still being typed has none yet: the picker lists only named ones.
    const services = servicesOf(root).map(service => service.name).filter(Boolean);
    const service = selectService(root, params.service, params.position)
        // A renamed or deleted service: show the one at the position instead of nothing.
        ?? (params.service !== undefined ? selectService(root, undefined, params.position) : undefined);
    if (!service) {
        // No service to draw means the file has none (a name that is gone falls back to the first).
        const norms = root.elements.filter(isNorm).map(norm => norm.name).filter(Boolean);
        return norms.length > 0 ? { services, norms } : { services };
    }
    // With a survey named by the configuration, the blueprint carries its gaps: the heat map.
    const survey = language?.validation.Surveys.surveyFor(document.uri);
    const built = buildBlueprint(service, document.diagnostics ?? []);
    const model = survey?.wave !== undefined ? withGaps(built, survey.cells, { file: survey.data.file, wave: survey.wave }) : built;
    return { services, service: service.name, model, svg: renderSvg(model, { target: 'preview', locale }) };
}
