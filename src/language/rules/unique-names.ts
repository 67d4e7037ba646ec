import { AstUtils, type AstNode, type URI } from 'langium';
import { isActor, isAudience, isProp, isScene, isSupportSystem, type Model, type Norm, type Service } from '../generated/ast.js';
import type { Localized, Rule, RuleContext } from './rule.js';
import { touchpointsOf } from './spec-facts.js';

type Named = AstNode & { name: string };

export const uniqueNames: Rule = {
    id: 'unique-names',
    defaultSeverity: 'error',
    description: {
        en: 'No two declarations of the same kind share a name in one scope: services and norms in the workspace, '
            + 'cast, props, scenes and touchpoints in a service, risks in a touchpoint.',
        zh: '同一范围内，同类声明不能重名：工作区里的服务和规范，服务里的演员与系统、道具、场景和触点，触点里的风险。'
    },
    checks: {
        Model(model, context) {
            checkAcrossWorkspace(model, 'Service', context);
            checkAcrossWorkspace(model, 'Norm', context);
        },
        Service(service, context) {
            const scope = { en: `service ${service.name}`, zh: `服务 ${service.name}` };
            const cast = service.members.filter(member => isActor(member) || isSupportSystem(member));
            reportDuplicates(cast, scope, context);
            reportDuplicates(service.members.filter(isAudience), scope, context);
            reportDuplicates(service.members.filter(isProp), scope, context);
            reportDuplicates(service.members.filter(isScene), scope, context);
            reportDuplicates(touchpointsOf(service), scope, context);
        },
        Touchpoint(touchpoint, context) {
            reportDuplicates(touchpoint.risks, { en: `touchpoint ${touchpoint.name}`, zh: `触点 ${touchpoint.name}` }, context);
        }
    }
};

const KINDS: Record<string, Localized> = {
    Service: { en: 'service', zh: '服务' },
    Norm: { en: 'norm', zh: '规范' },
    Actor: { en: 'actor', zh: '演员' },
    SupportSystem: { en: 'system', zh: '系统' },
    Audience: { en: 'audience', zh: '观众' },
    Prop: { en: 'prop', zh: '道具' },
    Scene: { en: 'scene', zh: '场景' },
    Touchpoint: { en: 'touchpoint', zh: '触点' },
    Risk: { en: 'risk', zh: '风险' }
};

/** Reports every declaration that shares its name with another in the list, pointing at the other one. */
function reportDuplicates(declarations: Named[], scope: Localized, context: RuleContext): void {
    const byName = groupByName(declarations);
    for (const group of byName.values()) {
        if (group.length < 2) continue;
        group.forEach((declaration, index) => {
            const other = group[index === 0 ? 1 : 0];
            const line = (other.$cstNode?.range.start.line ?? 0) + 1;
            const kind = KINDS[declaration.$type];
            context.report({
                node: declaration,
                property: 'name',
                message: {
                    en: `${scope.en}: ${kind.en} ${declaration.name} is declared more than once (also on line ${line})`,
                    zh: `${scope.zh}：${kind.zh} ${declaration.name} 重复声明（另一处在第 ${line} 行）`
                }
            });
        });
    }
}

/** Services and norms must be unique across every file of the workspace, each kind on its own. */
function checkAcrossWorkspace(model: Model, type: 'Service' | 'Norm', context: RuleContext): void {
    const here = model.elements.filter((element): element is Service | Norm => element.$type === type);
    if (here.length === 0) return;
    const documentUri = AstUtils.getDocument(model).uri;
    const locator = context.services.workspace.AstNodeLocator;
    const declared = context.services.validation.WorkspaceFacts.declared(type);
    for (const element of here) {
        const path = locator.getAstNodePath(element);
        const others = (declared.get(element.name) ?? []).filter(description =>
            !(description.path === path && description.documentUri.toString() === documentUri.toString()));
        if (others.length === 0) continue;
        const other = others[0];
        const line = (other.nameSegment?.range.start.line ?? 0) + 1;
        const where: Localized = other.documentUri.toString() === documentUri.toString()
            ? { en: `also on line ${line}`, zh: `另一处在第 ${line} 行` }
            : { en: `also in ${fileName(other.documentUri)}, line ${line}`, zh: `另一处在 ${fileName(other.documentUri)} 第 ${line} 行` };
        const kind = KINDS[type];
        context.report({
            node: element,
            property: 'name',
            message: {
                en: `${kind.en} ${element.name} is declared more than once in the workspace (${where.en})`,
                zh: `${kind.zh} ${element.name} 在工作区里重复声明（${where.zh}）`
            }
        });
    }
}

function groupByName<T extends Named>(declarations: T[]): Map<string, T[]> {
    const byName = new Map<string, T[]>();
    for (const declaration of declarations) {
        if (!declaration.name) continue;
        const group = byName.get(declaration.name);
        if (group) group.push(declaration); else byName.set(declaration.name, [declaration]);
    }
    return byName;
}

function fileName(uri: URI): string {
    return uri.path.split('/').pop() ?? uri.toString();
}
