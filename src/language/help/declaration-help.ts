import {
    AstUtils, type AstNode, type AstNodeLocator, type DocumentationProvider, type LangiumDocuments, type References, type ReferenceDescription
} from 'langium';
import type { LangiumServices } from 'langium/lsp';
import {
    isActor, isAudience, isNorm, isProp, isRisk, isScene, isService, isSupportSystem, isTouchpoint,
    type Duration, type Expectation, type Risk, type Scene, type Touchpoint
} from '../generated/ast.js';
import type { Locale, LocaleService } from '../i18n/locale.js';
import type { ElementName, HelpTexts } from './help-texts.js';
import { elementOf, helpTexts } from './keyword-help.js';
import { english } from '../keywords.js';

const ELEMENTS: readonly ElementName[] = ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles'];

/** Shows spec text literally: Markdown and HTML in a name or description never format the hover. */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

function strong(name: string | undefined): string {
    return name ? `**${escapeMarkdown(name)}**` : '';
}

function labelled(label: string, value: string, texts: HelpTexts): string {
    return `${label}${texts.colon}${value}`;
}

function audiencesOf(touchpoint: Touchpoint): number {
    return touchpoint.$container?.$container?.members.filter(isAudience).length ?? 0;
}

function duration(bound: Duration): string {
    return `${bound.value} ${bound.unit}`;
}

/**
 * Summaries of declarations for hovers and completion: what the declaration is (stage, description)
 * and, for hovers, where the workspace uses it.
 */
export class DeclarationHelp {
    private readonly references: References;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly documentation: DocumentationProvider;

    constructor(services: LangiumServices, private readonly localeService: LocaleService) {
        this.references = services.references.References;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.documentation = services.documentation.DocumentationProvider;
    }

    /**
     * Markdown for a declaration, or undefined for nodes that are not declarations.
     * `withUsage` adds where it is used; that looks up the workspace index, so completion leaves it out.
     */
    describe(node: AstNode, withUsage: boolean): string | undefined {
        const locale = this.localeService.locale;
        const texts = helpTexts(locale);
        const sections = this.summary(node, texts, locale);
        if (!sections) return undefined;
        // A /** … */ comment above the declaration is the writer's own note on it.
        const note = this.documentation.getDocumentation(node);
        if (note) sections.push(note);
        if (withUsage) sections.push(...this.usage(node, texts));
        return sections.filter(section => section.length > 0).join('\n\n');
    }

    private summary(node: AstNode, texts: HelpTexts, locale: Locale): string[] | undefined {
        const { kinds, labels } = texts.declarations;
        if (isActor(node)) {
            return [`${strong(node.name)} · ${kinds.actor} · ${texts.terms[english(node.stage)]?.name ?? ''}`, this.text(node.description)];
        }
        if (isSupportSystem(node)) {
            return [`${strong(node.name)} · ${node.frontstage ? texts.journey.frontstageSystem : kinds.system}`, this.text(node.description)];
        }
        if (isProp(node)) {
            return [`${strong(node.name)} · ${kinds.prop}`, this.text(node.description)];
        }
        if (isAudience(node)) {
            const pace = node.pace ? labelled(labels.pace, texts.terms[english(node.pace)].name, texts) : '';
            return [`${strong(node.name)} · ${kinds.audience}`, this.text(node.description), pace];
        }
        if (isNorm(node)) {
            return [
                `${strong(node.name)} · ${kinds.norm}`,
                this.text(node.title),
                node.expectations.length > 0
                    ? labelled(labels.expectations, this.elementList(this.elementsOf(node.expectations), texts, locale), texts)
                    : texts.declarations.noExpectation
            ];
        }
        if (isScene(node)) {
            return this.sceneSummary(node, texts);
        }
        if (isTouchpoint(node)) {
            return this.touchpointSummary(node, texts, locale);
        }
        if (isService(node)) {
            const scenes = node.members.filter(isScene);
            const touchpoints = scenes.flatMap(scene => scene.touchpoints);
            return [
                `${strong(node.name)} · ${kinds.service}`,
                this.text(node.title),
                texts.declarations.serviceSize(scenes.length, touchpoints.length),
                ...this.coverage(touchpoints.flatMap(touchpoint => this.expectationsOf(touchpoint)), texts, locale)
            ];
        }
        if (isRisk(node)) {
            return this.riskSummary(node, texts);
        }
        return undefined;
    }

    private sceneSummary(scene: Scene, texts: HelpTexts): string[] {
        const { labels } = texts.declarations;
        const service = scene.$container;
        const scenes = service.members.filter(isScene);
        const names = scene.touchpoints.map(touchpoint => escapeMarkdown(touchpoint.name ?? '')).join(texts.declarations.listSeparator);
        return [
            `${strong(scene.name)} · ${texts.declarations.scenePosition(scenes.indexOf(scene) + 1, scenes.length, strong(service.name))}`,
            this.text(scene.title),
            scene.setting ? labelled(labels.setting, escapeMarkdown(scene.setting), texts) : '',
            scene.budget ? labelled(labels.budget, duration(scene.budget), texts) : '',
            texts.declarations.sceneTouchpoints(scene.touchpoints.length, names)
        ];
    }

    private touchpointSummary(touchpoint: Touchpoint, texts: HelpTexts, locale: Locale): string[] {
        const { labels } = texts.declarations;
        const channel = touchpoint.channel ? ` · ${texts.terms[english(touchpoint.channel)].name}` : '';
        const scene = touchpoint.$container;
        const kinds = (touchpoint.moment?.kinds ?? []).map(english).filter(kind => texts.terms[kind]);
        const momentNames = kinds.length > 0
            ? [...kinds.map(kind => texts.terms[kind].name), ...(touchpoint.moment?.trial ? [texts.declarations.trial] : [])]
            : [];
        const moment = momentNames.length > 0 ? labelled(labels.moment, momentNames.join(texts.declarations.listSeparator), texts) : '';
        const withoutRecovery = touchpoint.risks.filter(risk => !risk.recovery).length;
        return [
            `${strong(touchpoint.name)} · ${texts.declarations.kinds.touchpoint}${channel} · ${texts.declarations.inScene(strong(scene.name))}`,
            this.text(touchpoint.title),
            moment,
            ...this.journeySummary(touchpoint, texts),
            ...this.coverage(this.expectationsOf(touchpoint), texts, locale),
            touchpoint.risks.length > 0 ? texts.declarations.risks(touchpoint.risks.length, withoutRecovery) : '',
            touchpoint.delights.length > 0 ? texts.declarations.delights(touchpoint.delights.length) : ''
        ];
    }

    /** Whom the touchpoint serves, the feeling it aims for and its wait points. */
    private journeySummary(touchpoint: Touchpoint, texts: HelpTexts): string[] {
        const { journey } = texts;
        const audience = touchpoint.audience?.$refText;
        const feeling = touchpoint.feelings[0];
        const score = feeling?.score === undefined || Number.isNaN(feeling.score) ? '' : `${feeling.score > 0 ? '+' : ''}${feeling.score}`;
        const waits = touchpoint.waits.map(wait => escapeMarkdown(wait.text ?? '') + (wait.bound ? journey.waitBound(duration(wait.bound)) : ''));
        return [
            // Without `for` the touchpoint serves every audience: worth saying only where there are several.
            audience ? labelled(journey.labels.audience, strong(audience), texts)
                : audiencesOf(touchpoint) > 1 ? labelled(journey.labels.audience, journey.allAudiences, texts) : '',
            feeling ? labelled(journey.labels.feeling, `${score} ${escapeMarkdown(feeling.text ?? '')}`.trim(), texts) : '',
            waits.length > 0 ? labelled(journey.labels.waits, waits.join(texts.declarations.listSeparator), texts) : ''
        ];
    }

    private riskSummary(risk: Risk, texts: HelpTexts): string[] {
        const recovery = risk.recovery?.text;
        const performer = risk.recovery?.performer?.$refText;
        const bound = risk.recovery?.bound;
        const owner = performer || bound
            ? labelled(texts.journey.labels.recoveredBy, [performer ? strong(performer) : '', bound ? texts.journey.withinBound(duration(bound)) : '']
                .filter(part => part).join(' '), texts)
            : '';
        return [
            `${strong(risk.name)} · ${texts.declarations.kinds.risk}`,
            this.text(risk.description),
            recovery ? labelled(texts.declarations.labels.recovery, escapeMarkdown(recovery), texts) : `${texts.declarations.noRecovery} \`risk-has-recovery\``,
            owner
        ];
    }

    /** Which of the five elements the expectations cover, and which they leave out. */
    private coverage(expectations: Expectation[], texts: HelpTexts, locale: Locale): string[] {
        if (expectations.length === 0) return [texts.declarations.noExpectation];
        const covered = this.elementsOf(expectations);
        const missing = ELEMENTS.filter(element => !covered.includes(element));
        return [
            labelled(texts.declarations.labels.covers, this.elementList(covered, texts, locale), texts),
            missing.length > 0 ? labelled(texts.declarations.labels.missing, this.elementList(missing, texts, locale), texts) : ''
        ];
    }

    /** A touchpoint's own expectations and those of the norms it applies. */
    private expectationsOf(touchpoint: Touchpoint): Expectation[] {
        return [
            ...touchpoint.expectations,
            ...touchpoint.applies.flatMap(applies => applies.norm?.ref?.expectations ?? [])
        ];
    }

    private elementsOf(expectations: Expectation[]): ElementName[] {
        const present = new Set(expectations.map(expectation => elementOf(expectation.element)));
        return ELEMENTS.filter(element => present.has(element));
    }

    private elementList(elements: readonly ElementName[], texts: HelpTexts, locale: Locale): string {
        return elements
            .map(element => locale === 'zh' ? texts.elements[element].name : element)
            .join(texts.declarations.listSeparator);
    }

    /** The writer's own description, quoted so it stands apart from the help. */
    private text(text: string | undefined): string {
        return text ? `> ${escapeMarkdown(text)}` : '';
    }

    private usage(node: AstNode, texts: HelpTexts): string[] {
        if (!(isActor(node) || isSupportSystem(node) || isProp(node) || isNorm(node))) return [];
        const users = this.references.findReferences(node, { includeDeclaration: false })
            .map(reference => this.sourceNode(reference))
            .nonNullable()
            .toArray();
        const touchpoints = new Set(users.map(user => AstUtils.getContainerOfType(user, isTouchpoint)).filter(isTouchpoint));
        if (touchpoints.size === 0) return [`${texts.declarations.unused} \`unused-declaration\``];
        if (isNorm(node)) {
            const files = new Set(users.map(user => AstUtils.getDocument(user).uri.toString()));
            return [texts.declarations.appliedIn(touchpoints.size, files.size)];
        }
        const scenes = new Set([...touchpoints].map(touchpoint => touchpoint.$container));
        return [isProp(node)
            ? texts.declarations.shownIn(touchpoints.size, scenes.size)
            : texts.declarations.actsIn(touchpoints.size, scenes.size)];
    }

    private sourceNode(reference: ReferenceDescription): AstNode | undefined {
        const document = this.documents.getDocument(reference.sourceUri);
        return document ? this.locator.getAstNode(document.parseResult.value, reference.sourcePath) : undefined;
    }
}
