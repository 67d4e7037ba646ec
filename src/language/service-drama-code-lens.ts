import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { servicesOf } from '../blueprint/model.js';
import { OPEN_BLUEPRINT_COMMAND } from '../blueprint/protocol.js';
import { isModel } from './generated/ast.js';
import { helpTexts } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';

/** Puts "Open blueprint" above each service. */
export class ServiceDramaCodeLensProvider implements CodeLensProvider {
    constructor(private readonly locale: LocaleService) { }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value;
        if (!isModel(root)) return [];
        const title = helpTexts(this.locale.locale).blueprint.openBlueprint;
        return servicesOf(root).flatMap(service => {
            const range = service.$cstNode?.range;
            if (!range) return [];
            return [{
                range: { start: range.start, end: range.start },
                command: { title, command: OPEN_BLUEPRINT_COMMAND, arguments: [document.uri.toString(), service.name] }
            }];
        });
    }
}
