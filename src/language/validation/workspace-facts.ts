import { DocumentState, type AstNodeDescription } from 'langium';
import { isNorm, isScene, isService, type Model, type Norm } from '../generated/ast.js';
import type { ServiceDramaServices } from '../service-drama-module.js';

/**
 * Facts about the whole workspace that rules ask of every document: which norms some touchpoint
 * applies, and which services and norms are declared under each name. Gathered once per build rather
 * than once per document, and forgotten whenever documents change.
 */
export class WorkspaceFacts {
    private appliedNorms?: Set<Norm>;
    private declarations = new Map<string, Map<string, AstNodeDescription[]>>();

    constructor(private readonly services: ServiceDramaServices) {
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onUpdate(() => this.forget());
        builder.onBuildPhase(DocumentState.Linked, () => this.forget());
    }

    /** True when a touchpoint in any document of the workspace applies the norm. */
    isApplied(norm: Norm): boolean {
        if (!this.appliedNorms) {
            this.appliedNorms = new Set();
            for (const document of this.services.shared.workspace.LangiumDocuments.all) {
                const model = document.parseResult.value as Model;
                for (const service of model.elements ?? []) {
                    if (!isService(service)) continue;
                    for (const scene of service.members) {
                        if (!isScene(scene)) continue;
                        for (const touchpoint of scene.touchpoints) {
                            for (const applies of touchpoint.applies) {
                                const target = applies.norm?.ref;
                                if (isNorm(target)) this.appliedNorms.add(target);
                            }
                        }
                    }
                }
            }
        }
        return this.appliedNorms.has(norm);
    }

    /** Every declaration of the type in the workspace's index, by name. */
    declared(type: 'Service' | 'Norm'): Map<string, AstNodeDescription[]> {
        let byName = this.declarations.get(type);
        if (!byName) {
            byName = new Map();
            for (const description of this.services.shared.workspace.IndexManager.allElements(type)) {
                const list = byName.get(description.name);
                if (list) list.push(description); else byName.set(description.name, [description]);
            }
            this.declarations.set(type, byName);
        }
        return byName;
    }

    private forget(): void {
        this.appliedNorms = undefined;
        this.declarations.clear();
    }
}
