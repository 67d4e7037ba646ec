import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { Actor, Audience, Norm, Prop, Risk, Scene, Service, SupportSystem, Touchpoint } from './generated/ast.js';

const symbolKinds: Record<string, SymbolKind> = {
    [Service.$type]: SymbolKind.Class,
    [Norm.$type]: SymbolKind.Interface,
    [Audience.$type]: SymbolKind.Constructor,
    [Actor.$type]: SymbolKind.Field,
    [SupportSystem.$type]: SymbolKind.Module,
    [Prop.$type]: SymbolKind.Property,
    [Scene.$type]: SymbolKind.Namespace,
    [Touchpoint.$type]: SymbolKind.Event,
    [Risk.$type]: SymbolKind.Constant
};

const completionKinds: Record<string, CompletionItemKind> = {
    [Service.$type]: CompletionItemKind.Class,
    [Norm.$type]: CompletionItemKind.Interface,
    [Audience.$type]: CompletionItemKind.Constructor,
    [Actor.$type]: CompletionItemKind.Field,
    [SupportSystem.$type]: CompletionItemKind.Module,
    [Prop.$type]: CompletionItemKind.Property,
    [Scene.$type]: CompletionItemKind.Module,
    [Touchpoint.$type]: CompletionItemKind.Event,
    [Risk.$type]: CompletionItemKind.Constant
};

/** Symbol and completion icons that tell the kinds of the drama apart in the outline and completion. */
export class ServiceDramaNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return symbolKinds[this.typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return completionKinds[this.typeOf(node)] ?? super.getCompletionItemKind(node);
    }

    private typeOf(node: AstNode | AstNodeDescription): string {
        return 'type' in node ? node.type : node.$type;
    }
}
