import type { Rule } from './rule.js';
import { channelName, isContact, performersIn } from './spec-facts.js';

export const contactNeedsFrontstage: Rule = {
    id: 'contact-needs-frontstage',
    defaultSeverity: 'warning',
    description: {
        en: 'A face-to-face or phone touchpoint has an action by a frontstage actor: someone the customer meets.',
        zh: '当面接触和电话接触的触点里，要有前台演员出场：客户得见到（或听到）一个人。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!isContact(touchpoint)) return;
            const performers = performersIn(touchpoint);
            // Any cast action at all: either a frontstage actor is there, or backstage staff face the customer
            // alone, which line-of-visibility reports. An unknown performer is reported where it is named.
            if (!performers || performers.length > 0) return;
            context.report({
                node: touchpoint,
                property: 'channel',
                message: {
                    en: `touchpoint ${touchpoint.name} (${touchpoint.channel}): no frontstage actor acts here, so the customer meets no one`,
                    zh: `触点 ${touchpoint.name}（${channelName(touchpoint).zh}）：没有前台演员出场，没有人接待客户`
                }
            });
        }
    }
};
