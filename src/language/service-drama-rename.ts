import { AstUtils, CstUtils, type AstNode, type IndexManager, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import {
    LSPErrorCodes, ResponseError,
    type CancellationToken, type PrepareRenameParams, type RenameParams, type WorkspaceEdit
} from 'vscode-languageserver';
import {
    isActor, isAudience, isNorm, isProp, isRisk, isScene, isService, isSupportSystem, isTouchpoint
} from './generated/ast.js';
import type { DeclarationTexts, HelpTexts } from './help/help-texts.js';
import { helpTexts } from './help/keyword-help.js';
import type { LocaleService } from './i18n/locale.js';
import { isKeywordToken } from './keyword-language.js';
import { keywordIn, languageOfKeyword } from './keywords.js';
import { touchpointsOf } from './rules/spec-facts.js';
import { visible } from './service-drama-parser-messages.js';

type Named = AstNode & { name: string };

/** Where a name is already taken: the declaration's kind and position. */
interface TakenName {
    kind: keyof DeclarationTexts['kinds'];
    line: number;
    /** The file's name, when it is another file than the one renamed in. */
    file?: string;
}

/**
 * Langium's rename, refusing a new name that would break the file (not a name the grammar reads, or a
 * keyword) or that another declaration of the same kind already has in the same scope (the scopes of
 * the unique-names rule). The refusal is an error with a message the editor shows.
 */
export class ServiceDramaRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly indexManager: IndexManager;
    private readonly localeService: LocaleService;

    constructor(services: LangiumServices & { i18n: { Locale: LocaleService } }) {
        super(services);
        this.lexer = services.parser.Lexer;
        this.indexManager = services.shared.workspace.IndexManager;
        this.localeService = services.i18n.Locale;
    }

    override async prepareRename(document: LangiumDocument, params: PrepareRenameParams, cancelToken?: CancellationToken) {
        const range = await super.prepareRename(document, params, cancelToken);
        if (!range) throw this.refusal(texts => texts.rename.nothingToRename);
        return range;
    }

    override async rename(document: LangiumDocument, params: RenameParams, cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const declaration = this.declarationAt(document, params);
        if (!declaration) throw this.refusal(texts => texts.rename.nothingToRename);
        const newName = params.newName;
        if (newName === declaration.name) return { changes: {} };
        const problem = this.nameProblem(newName);
        if (problem) throw this.refusal(problem);
        const taken = this.whereTaken(declaration, newName, document);
        if (taken) {
            throw this.refusal(texts => texts.rename.taken(texts.declarations.kinds[taken.kind], newName,
                taken.file ? texts.rename.inFile(taken.file, taken.line) : texts.rename.onLine(taken.line)));
        }
        return super.rename(document, params, cancelToken);
    }

    /** The declaration named, or referred to, at the position. */
    private declarationAt(document: LangiumDocument, params: RenameParams): Named | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp);
        if (!leaf) return undefined;
        const node = this.references.findDeclarations(leaf)[0] ?? (this.isNameNode(leaf) ? leaf.astNode : undefined);
        return node && typeof (node as Partial<Named>).name === 'string' ? node as Named : undefined;
    }

    /** Why the text cannot be a name, if it cannot: it must lex as one identifier, and no keyword does. */
    private nameProblem(name: string): ((texts: HelpTexts) => string) | undefined {
        const { tokens, errors } = this.lexer.tokenize(name);
        if (errors.length === 0 && tokens.length === 1 && tokens[0].image === name) {
            if (tokens[0].tokenType.name === 'ID') return undefined;
            // A keyword's token type is named by the keyword; word keywords in either language (`phone`,
            // `face-to-face`, 电话) get their own message, punctuation such as `{` is just not a name.
            if (isKeywordToken(tokens[0])) {
                const twin = keywordIn(name, languageOfKeyword(name) === 'zh' ? 'en' : 'zh')!;
                return texts => texts.rename.keyword(name, twin);
            }
        }
        // Shown with invisible characters (a bidi mark, NUL) named, so that the writer sees what is wrong.
        return texts => texts.rename.notAName(visible(name));
    }

    /** Another declaration of the same kind in the same scope that already has the name. */
    private whereTaken(declaration: Named, name: string, document: LangiumDocument): TakenName | undefined {
        if (isService(declaration) || isNorm(declaration)) {
            // Services and norms share one scope: the workspace.
            const other = this.indexManager.allElements(declaration.$type).find(description => description.name === name);
            if (!other) return undefined;
            const sameFile = other.documentUri.toString() === document.uri.toString();
            return {
                kind: isService(declaration) ? 'service' : 'norm',
                line: (other.nameSegment?.range.start.line ?? 0) + 1,
                file: sameFile ? undefined : other.documentUri.path.split('/').pop()
            };
        }
        const other = peersOf(declaration).find(peer => peer !== declaration && peer.name === name);
        return other && { kind: kindOf(other), line: (other.$cstNode?.range.start.line ?? 0) + 1 };
    }

    private refusal(message: (texts: HelpTexts) => string): ResponseError {
        return new ResponseError(LSPErrorCodes.RequestFailed, message(helpTexts(this.localeService.locale)));
    }
}

/** The declarations that may not share a name with this one: its kind, in its scope. */
function peersOf(declaration: Named): Named[] {
    if (isRisk(declaration)) return declaration.$container.risks;
    const service = AstUtils.getContainerOfType(declaration, isService);
    if (!service) return [];
    if (isActor(declaration) || isSupportSystem(declaration)) {
        // One cast: a performer in a touchpoint names either.
        return service.members.filter(member => isActor(member) || isSupportSystem(member));
    }
    if (isAudience(declaration)) return service.members.filter(isAudience);
    if (isProp(declaration)) return service.members.filter(isProp);
    if (isScene(declaration)) return service.members.filter(isScene);
    if (isTouchpoint(declaration)) return touchpointsOf(service);
    return [];
}

function kindOf(node: AstNode): TakenName['kind'] {
    if (isActor(node)) return 'actor';
    if (isSupportSystem(node)) return 'system';
    if (isAudience(node)) return 'audience';
    if (isProp(node)) return 'prop';
    if (isScene(node)) return 'scene';
    if (isTouchpoint(node)) return 'touchpoint';
    if (isRisk(node)) return 'risk';
    return isNorm(node) ? 'norm' : 'service';
}
