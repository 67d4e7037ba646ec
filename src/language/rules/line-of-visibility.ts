import { GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import { isActor, isCastAction, isTouchpoint, type Performer } from '../generated/ast.js';
import { findKeywordNode } from '../keyword-language.js';
import type { Rule } from './rule.js';
import { channelName, describePerformer, facesCustomer, isContact, joinNames, performersIn } from './spec-facts.js';

export const lineOfVisibility: Rule = {
    id: 'line-of-visibility',
    defaultSeverity: 'error',
    description: {
        en: 'A backstage actor or support system never faces the customer alone in a face-to-face, phone, chat or video touchpoint.',
        zh: '在当面、电话、在线或视频接触的触点里，后台演员和支持系统不能单独面对客户。'
    },
    checks: {
        Touchpoint(touchpoint, context) {
            if (!isContact(touchpoint)) return;
            const performers = performersIn(touchpoint);
            // A frontstage actor or a frontstage system (self-service) stands in front of the customer.
            if (!performers || performers.length === 0 || performers.some(facesCustomer)) return;
            const alone = [...new Set(performers)];
            const names = alone.map(describePerformer);
            const first = touchpoint.actions.find(isCastAction);
            const verb = names.length === 1
                ? { en: 'faces the customer alone', zh: '单独面对客户' }
                : { en: 'face the customer alone', zh: '单独面对客户' };
            const onlyActors = alone.every(isActor);
            const them = alone.length === 1 ? { en: 'it', zh: '它' } : { en: 'them', zh: '它们' };
            const person = alone.length === 1 ? { en: 'that person', zh: '这位演员' } : { en: 'those people', zh: '这些演员' };
            const remedy = onlyActors
                ? { en: `add a frontstage actor's action, or make ${person.en} frontstage if the customer should meet them`,
                    zh: `请让一位前台演员出场；如果客户本就该见到${person.zh}，就把${alone.length === 1 ? '他' : '他们'}改为前台（\`frontstage\`）` }
                : { en: `add a frontstage actor's action, or declare ${them.en} frontstage if the customer operates ${them.en} (self-service)`,
                    zh: `请让一位前台演员出场；如果是客户自己操作${them.zh}（自助服务），就把${them.zh}声明为前台（\`frontstage\`）` };
            // The names may be Latin, so a space keeps them apart from the Chinese that follows.
            context.report({
                node: touchpoint,
                target: first,
                property: 'performer',
                message: {
                    en: `touchpoint ${touchpoint.name} (${touchpoint.channel}): ${joinNames(names.map(n => n.en)).en} ${verb.en}; ${remedy.en}`,
                    zh: `触点 ${touchpoint.name}（${channelName(touchpoint).zh}）：${joinNames(names.map(n => n.zh)).zh} ${verb.zh}，`
                        + `越过了可视分界线；${remedy.zh}`
                }
            });
        }
    },
    fix(node) {
        if (!isTouchpoint(node)) return [];
        const alone = [...new Set(performersIn(node) ?? [])].filter(performer => !facesCustomer(performer));
        return alone.flatMap(performer => {
            const edits = makeFrontstage(performer);
            if (edits.length === 0) return [];
            return [{
                title: isActor(performer)
                    ? { en: `Make ${performer.name} a frontstage actor`, zh: `把 ${performer.name} 改为前台演员` }
                    : { en: `Make ${performer.name} a frontstage system (the customer operates it)`, zh: `把 ${performer.name} 改为前台系统（客户自己操作）` },
                edits,
                // Moving a performer across the line changes the design; adding a frontstage actor may be the answer.
                judgement: true
            }];
        });
    }
};

/** The edit of a declaration that puts it above the line of visibility. */
function makeFrontstage(performer: Performer): TextEdit[] {
    const cst = performer.$cstNode;
    if (!cst) return [];
    if (isActor(performer)) {
        const stage = GrammarUtils.findNodeForProperty(cst, 'stage');
        return stage ? [{ range: stage.range, newText: 'frontstage' }] : [];
    }
    const support = findKeywordNode(cst, 'support');
    if (support) return [{ range: support.range, newText: 'frontstage' }];
    const name = GrammarUtils.findNodeForProperty(cst, 'name');
    return name ? [{ range: { start: name.range.end, end: name.range.end }, newText: ' frontstage' }] : [];
}
