import { isAstNode, isMultiReference, isReference, type AstNode, type ReferenceInfo } from 'langium';

// Langium walks every document several times per build (scopes, linking, the reference index,
// validation) with its lazy streams, which allocate iterator state for every node. Profiles of a
// 5,000-line spec showed those walks, and the garbage they leave, costing more than the work done at
// each node. These loops visit the same nodes and references in the same order without the streams.

/** Every node of the tree under `root`, `root` first, in document order (the order of `AstUtils.streamAst`). */
export function collectNodes(root: AstNode, nodes: AstNode[] = []): AstNode[] {
    nodes.push(root);
    for (const property of Object.keys(root)) {
        if (property.charCodeAt(0) === 36 /* '$' */) continue;
        const value = (root as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            for (const item of value) {
                if (isAstNode(item)) collectNodes(item, nodes);
            }
        } else if (isAstNode(value)) {
            collectNodes(value, nodes);
        }
    }
    return nodes;
}

/** Calls `visit` for each cross-reference held by `node` itself (the order of `AstUtils.streamReferences`). */
export function forEachReference(node: AstNode, visit: (info: ReferenceInfo) => void): void {
    for (const property of Object.keys(node)) {
        if (property.charCodeAt(0) === 36 /* '$' */) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item) || isMultiReference(item)) visit({ reference: item, container: node, property, index });
            }
        }
    }
}

/**
 * How many nodes a walk handles between two calls of Langium's `interruptAndCheck`, which yields to
 * pending requests every few milliseconds and notices cancellation. Calling it at every node, as
 * Langium does, allocates a promise per node; a few hundred nodes take well under a millisecond.
 */
export const NODES_BETWEEN_INTERRUPTS = 256;
