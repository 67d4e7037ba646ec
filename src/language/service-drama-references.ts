import {
    AstUtils, Cancellation, DefaultAstNodeLocator, DefaultLinker, DefaultReferenceDescriptionProvider, DefaultScopeComputation,
    DefaultScopeProvider, interruptAndCheck, MultiMap, stream,
    type AstNode, type AstNodeDescription, type AstReflection, type LangiumCoreServices, type LangiumDocument, type LocalSymbols,
    type ReferenceDescription, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { collectNodes, forEachReference, NODES_BETWEEN_INTERRUPTS } from './ast-walk.js';

// Langium's scoping, linking and reference index, with the same results, made cheaper for long specs
// (see ast-walk.ts for why): measured on a 5,000-line spec, local scopes went from 6.2 to 1.7 ms,
// linking from 10.6 to 1.7 ms and the reference index from 11.1 to 2.2 ms of CPU time. Local symbols
// and node paths also take less of the language server's memory on large workspaces.

const { CancellationToken } = Cancellation;

/**
 * Local symbols as Langium's (a named node is visible in its container's subtree), but only of the
 * kinds a cross-reference can name (actors, systems, props, norms): scopes filter by kind anyway, and
 * describing every touchpoint, scene and risk as well took memory and time for nothing.
 */
export class ServiceDramaScopeComputation extends DefaultScopeComputation {
    private readonly reflection: AstReflection;
    private referenceTargets?: Set<string>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
    }

    override async collectLocalSymbols(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const nodes = collectNodes(document.parseResult.value);
        // The root has no container, so it is never a symbol.
        for (let i = 1; i < nodes.length; i++) {
            if (i % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (this.isReferenceTarget(node.$type)) super.addLocalSymbol(node, document, symbols);
    }

    private isReferenceTarget(type: string): boolean {
        if (!this.referenceTargets) {
            this.referenceTargets = new Set();
            for (const containerType of this.reflection.getAllTypes()) {
                for (const property of Object.values(this.reflection.getTypeMetaData(containerType).properties)) {
                    if (property.referenceType) this.reflection.getAllSubTypes(property.referenceType).forEach(target => this.referenceTargets!.add(target));
                }
            }
        }
        return this.referenceTargets.has(type);
    }
}

/** Langium's node paths, each built as one string rather than a chain of pieces that V8 keeps as they are. */
export class ServiceDramaAstNodeLocator extends DefaultAstNodeLocator {
    override getAstNodePath(node: AstNode): string {
        const segments: string[] = [];
        for (let current = node; current.$container; current = current.$container) segments.push(this.getPathSegment(current));
        if (segments.length === 0) return '';
        segments.push('');
        return segments.reverse().join(this.segmentSeparator);
    }
}

/** The symbols of one container that a reference type accepts: by name (the first one declared wins) and in order. */
interface LevelSymbols {
    byName: Map<string, AstNodeDescription>;
    all: AstNodeDescription[];
}

/**
 * Langium's scope (the reference's containers from the inside out, then the workspace), but each
 * container's symbols are filtered by reference type and put in a map once per scope computation,
 * instead of scanned for every reference.
 */
export class ServiceDramaScopeProvider extends DefaultScopeProvider {
    /** Per computation of a document's local symbols: per container, per reference type. */
    private readonly levels = new WeakMap<LocalSymbols, Map<AstNode, Map<string, LevelSymbols>>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        // The global scope is not cached here: Langium renews it whenever the workspace changes.
        let scope = this.getGlobalScope(referenceType, context);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        if (!localSymbols) return scope;
        const inner: LevelSymbols[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (!localSymbols.has(node)) continue;
            const level = this.levelSymbols(localSymbols, node, referenceType);
            if (level.all.length > 0) inner.push(level);
        }
        for (let i = inner.length - 1; i >= 0; i--) scope = new LevelScope(inner[i], scope);
        return scope;
    }

    private levelSymbols(localSymbols: LocalSymbols, container: AstNode, referenceType: string): LevelSymbols {
        let byContainer = this.levels.get(localSymbols);
        if (!byContainer) {
            byContainer = new Map();
            this.levels.set(localSymbols, byContainer);
        }
        let byType = byContainer.get(container);
        if (!byType) {
            byType = new Map();
            byContainer.set(container, byType);
        }
        let level = byType.get(referenceType);
        if (!level) {
            level = { byName: new Map(), all: [] };
            for (const description of localSymbols.getStream(container)) {
                if (!this.reflection.isSubtype(description.type, referenceType)) continue;
                level.all.push(description);
                if (!level.byName.has(description.name)) level.byName.set(description.name, description);
            }
            byType.set(referenceType, level);
        }
        return level;
    }
}

/** One container's symbols in front of the scope outside it; behaves as Langium's StreamScope. */
class LevelScope implements Scope {
    constructor(private readonly level: LevelSymbols, private readonly outerScope: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.level.byName.get(name) ?? this.outerScope.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        return stream(this.level.all.filter(description => description.name === name)).concat(this.outerScope.getElements(name));
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.level.all).concat(this.outerScope.getAllElements());
    }
}

/** Langium's linker, walking the document without streams. */
export class ServiceDramaLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const nodes = collectNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            forEachReference(nodes[i], info => this.doLink(info, document));
        }
    }
}

/** Langium's index of a document's references, walking the document without streams. */
export class ServiceDramaReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const nodes = collectNodes(document.parseResult.value);
        for (let i = 0; i < nodes.length; i++) {
            if (i % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            forEachReference(nodes[i], info => {
                if (!info.reference.error) descriptions.push(...this.createInfoDescriptions(info));
            });
        }
        return descriptions;
    }
}
