import { isActor, isCastAction, isNorm, isProp, isSupportSystem, type Actor, type Norm, type Prop, type SupportSystem } from '../generated/ast.js';
import { removeNode } from './fix-edits.js';
import type { Localized, Rule, RuleContext } from './rule.js';
import { describePerformer, touchpointsOf } from './spec-facts.js';

type Declaration = Actor | SupportSystem | Prop | Norm;

export const unusedDeclaration: Rule = {
    id: 'unused-declaration',
    defaultSeverity: 'warning',
    description: {
        en: 'An actor, system, prop or norm that nothing uses: it never acts, is never shown as evidence, or is never applied.',
        zh: '没有用到的演员、系统、道具或规范：从未出场、从未作为 `evidence` 出现，或从未被 `applies` 采用。'
    },
    checks: {
        Service(service, context) {
            const used = new Set<unknown>();
            for (const touchpoint of touchpointsOf(service)) {
                for (const action of touchpoint.actions) if (isCastAction(action)) used.add(action.performer?.ref);
                // Owning a recovery (`recovery … by X`) is acting too: X steps in when the risk happens.
                for (const risk of touchpoint.risks) used.add(risk.recovery?.performer?.ref);
                for (const evidence of touchpoint.evidence) for (const prop of evidence.props) used.add(prop?.ref);
            }
            for (const member of service.members) {
                if ((isActor(member) || isSupportSystem(member) || isProp(member)) && !used.has(member)) {
                    report(member, context);
                }
            }
        },
        Norm(norm, context) {
            // Norms are shared: any file of the workspace may apply this one.
            if (!context.services.validation.WorkspaceFacts.isApplied(norm)) report(norm, context);
        }
    },
    fix(node, { document }) {
        if (!isActor(node) && !isSupportSystem(node) && !isProp(node) && !isNorm(node)) return [];
        const what = describe(node);
        return [{
            title: { en: `Remove the unused ${what.en}`, zh: `删除未使用的${what.zh}` },
            edits: removeNode(document, node),
            destructive: true
        }];
    }
};

function report(declaration: Declaration, context: RuleContext): void {
    const what = describe(declaration);
    const never: Localized = isNorm(declaration)
        ? { en: 'is never applied in the workspace', zh: '在工作区里从未被 `applies` 采用' }
        : isProp(declaration)
            ? { en: "is never shown as 'evidence'", zh: '从未作为 `evidence` 出现' }
            : { en: 'never acts in a touchpoint', zh: '从未在任何触点里出场' };
    context.report({
        node: declaration,
        property: 'name',
        unnecessary: true,
        message: { en: `${what.en} ${never.en}`, zh: `${what.zh} ${never.zh}` }
    });
}

function describe(declaration: Declaration): Localized {
    const name = declaration.name;
    if (isNorm(declaration)) return { en: `norm ${name}`, zh: `规范 ${name}` };
    if (isProp(declaration)) return { en: `prop ${name}`, zh: `道具 ${name}` };
    return describePerformer(declaration);
}
