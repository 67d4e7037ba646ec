import { isActor, isCastAction, isSupportSystem, type Performer } from '../generated/ast.js';
import type { Rule } from './rule.js';
import { customerActs, describePerformer, touchpointsOf } from './spec-facts.js';

export const backstageServesFrontstage: Rule = {
    id: 'backstage-serves-frontstage',
    defaultSeverity: 'warning',
    description: {
        en: 'Every backstage actor and support system acts in a touchpoint that the customer meets: the back serves the front.',
        zh: '每个后台演员和支持系统都要在有客户参与的触点里出场：前台服务客户，后台服务前台。'
    },
    checks: {
        Service(service, context) {
            // For each performer: does it act at all, and does it act where the customer takes part?
            const servesCustomer = new Map<Performer, boolean>();
            for (const touchpoint of touchpointsOf(service)) {
                const customerIsThere = customerActs(touchpoint);
                for (const action of touchpoint.actions) {
                    const performer = isCastAction(action) ? action.performer?.ref : undefined;
                    if (performer) servesCustomer.set(performer, (servesCustomer.get(performer) ?? false) || customerIsThere);
                }
            }
            const behindTheScenes = service.members.filter((member): member is Performer =>
                isSupportSystem(member) || (isActor(member) && member.stage === 'backstage'));
            for (const performer of behindTheScenes) {
                // A performer that never acts is unused-declaration's finding.
                if (servesCustomer.get(performer) !== false) continue;
                const who = describePerformer(performer);
                context.report({
                    node: performer,
                    property: 'name',
                    message: {
                        en: `${who.en} acts only in touchpoints without the customer; let it support a touchpoint the customer meets`,
                        zh: `${who.zh} 只在没有客户参与的触点里出场；请让它支持一个有客户参与的触点`
                    }
                });
            }
        }
    }
};
