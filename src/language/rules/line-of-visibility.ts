import { isCastAction } from '../generated/ast.js';
import type { Rule } from './rule.js';
import { channelName, describePerformer, isContact, isFrontstage, joinNames, performersIn } from './spec-facts.js';

export const lineOfVisibility: Rule = {
    id: 'line-of-visibility',
    defaultSeverity: 'error',
    description: {
        en: 'A backstage actor or support system never faces the customer alone in a face-to-face or phone touchpoint.',
        zh: '在当面接触和电话接触的触点里，后台演员和支持系统不能单独面对客户。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!isContact(touchpoint)) return;
            const performers = performersIn(touchpoint);
            if (!performers || performers.length === 0 || performers.some(isFrontstage)) return;
            const names = [...new Set(performers)].map(describePerformer);
            const first = touchpoint.actions.find(isCastAction);
            const alone = names.length === 1
                ? { en: 'faces the customer alone', zh: '单独面对客户' }
                : { en: 'face the customer alone', zh: '单独面对客户' };
            // The names may be Latin, so a space keeps them apart from the Chinese that follows.
            context.report({
                node: touchpoint,
                target: first,
                property: 'performer',
                message: {
                    en: `touchpoint ${touchpoint.name} (${touchpoint.channel}): ${joinNames(names.map(n => n.en)).en} ${alone.en};`
                        + ' add a frontstage actor\'s action',
                    zh: `触点 ${touchpoint.name}（${channelName(touchpoint).zh}）：${joinNames(names.map(n => n.zh)).zh} ${alone.zh}，`
                        + '越过了可视分界线；请让一位前台演员出场'
                }
            });
        }
    }
};
