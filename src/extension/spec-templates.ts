import type { Locale } from '../language/i18n/locale.js';

/** The specs "New Spec from Template" starts from; each is a file in templates/, one per language. */
export const SPEC_TEMPLATES = ['first-service', 'empty-service'] as const;
export type SpecTemplateId = typeof SPEC_TEMPLATES[number];

export function isSpecTemplateId(value: unknown): value is SpecTemplateId {
    return SPEC_TEMPLATES.includes(value as SpecTemplateId);
}

/** The template's file, relative to the extension's root (and to the repository's). */
export function templateFile(id: SpecTemplateId, locale: Locale): string {
    return `templates/${id}.${locale}.drama`;
}
