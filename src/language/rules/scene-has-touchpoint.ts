import type { Rule } from './rule.js';

export const sceneHasTouchpoint: Rule = {
    id: 'scene-has-touchpoint',
    defaultSeverity: 'warning',
    description: {
        en: 'A scene holds at least one touchpoint: a stage of the journey where nothing meets the customer has nothing to design.',
        zh: '每个场景至少有一个触点：没有任何接触的阶段，也就没有可设计的内容。'
    },
    checks: {
        Scene(scene, context) {
            if (scene.touchpoints.length > 0) return;
            context.report({
                node: scene,
                property: 'name',
                message: {
                    en: `scene ${scene.name}: no touchpoint; add the moments where the customer meets the service`,
                    zh: `场景 ${scene.name}：没有触点；请写出客户在这个阶段与服务接触的时刻`
                }
            });
        }
    }
};
