import type { AstNode, LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers, SemanticTokenTypes,
    type CancellationToken, type SemanticTokens, type SemanticTokensParams, type SemanticTokensRangeParams
} from 'vscode-languageserver';
import {
    isActor, isApplies, isAudience, isCastAction, isDuration, isEvidence, isExpectation, isFeeling, isMoment, isNorm,
    isProp, isRecovery, isRisk, isScene, isService, isSupportSystem, isTouchpoint
} from './generated/ast.js';
import { findKeywordNode } from './keyword-language.js';

/**
 * Colours what a TextMate grammar cannot know: which names are cast, props, scenes or norms,
 * at their declarations and wherever they are referenced.
 */
export class ServiceDramaSemanticTokenProvider extends AbstractSemanticTokenProvider {
    // Langium keeps each open document's last tokens, for deltas, which it does not offer (`delta: false`):
    // on a 50 MB spec, tens of megabytes kept for nothing, and the document with them. Let them go.
    override async semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        try {
            return await super.semanticHighlight(document, params, cancelToken);
        } finally {
            this.forget(document);
        }
    }

    override async semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        try {
            return await super.semanticHighlightRange(document, params, cancelToken);
        } finally {
            this.forget(document);
        }
    }

    private forget(document: LangiumDocument): void {
        this.tokensBuilders.delete(document.uri.toString());
        // Another document's highlighting may be under way (requests run concurrently): leave its state.
        if (this.currentDocument === document) {
            this.currentDocument = undefined;
            this.currentTokensBuilder = undefined;
        }
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declaration = [SemanticTokenModifiers.declaration];
        if (isService(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: declaration });
        } else if (isNorm(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.interface, modifier: declaration });
        } else if (isAudience(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.type, modifier: declaration });
            if (node.pace) acceptor({ node, property: 'pace', type: SemanticTokenTypes.enumMember });
        } else if (isActor(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: declaration });
            acceptor({ node, property: 'stage', type: SemanticTokenTypes.enumMember });
        } else if (isSupportSystem(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.variable, modifier: declaration });
            const frontstage = node.frontstage ? findKeywordNode(node.$cstNode, 'frontstage') : undefined;
            if (frontstage) acceptor({ cst: frontstage, type: SemanticTokenTypes.enumMember });
        } else if (isProp(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.property, modifier: declaration });
        } else if (isScene(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: declaration });
        } else if (isTouchpoint(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.function, modifier: declaration });
            acceptor({ node, property: 'channel', type: SemanticTokenTypes.enumMember });
            if (node.audience) acceptor({ node, property: 'audience', type: SemanticTokenTypes.type });
        } else if (isMoment(node)) {
            node.kinds.forEach((_, index) => acceptor({ node, property: 'kinds', index, type: SemanticTokenTypes.enumMember }));
        } else if (isRecovery(node)) {
            if (node.performer) acceptor({ node, property: 'performer', type: SemanticTokenTypes.variable });
        } else if (isFeeling(node)) {
            acceptor({ node, property: 'score', type: SemanticTokenTypes.number });
        } else if (isRisk(node)) {
            acceptor({ node, property: 'name', type: SemanticTokenTypes.event, modifier: declaration });
        } else if (isCastAction(node)) {
            acceptor({ node, property: 'performer', type: SemanticTokenTypes.variable });
        } else if (isEvidence(node)) {
            acceptor({ node, property: 'props', type: SemanticTokenTypes.property });
        } else if (isExpectation(node)) {
            acceptor({ node, property: 'element', type: SemanticTokenTypes.enumMember });
        } else if (isApplies(node)) {
            acceptor({ node, property: 'norm', type: SemanticTokenTypes.interface });
        } else if (isDuration(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.number });
            acceptor({ node, property: 'unit', type: SemanticTokenTypes.number });
        }
    }
}
