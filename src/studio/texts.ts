import type { BlueprintTexts, StudioTexts } from '../language/help/help-texts.js';
import { englishTexts } from '../language/help/texts.en.js';
import { chineseTexts } from '../language/help/texts.zh.js';
import { localeFromTag, type Locale } from '../language/i18n/locale.js';

// The page speaks the browser's language (Chinese for zh-*, English otherwise) until the user picks one.

export function browserLocale(): Locale {
    return localeFromTag(navigator.languages?.[0] ?? navigator.language);
}

export function studioTexts(locale: Locale): StudioTexts {
    return locale === 'zh' ? chineseTexts.studio : englishTexts.studio;
}

export function previewTexts(locale: Locale): BlueprintTexts['preview'] {
    return (locale === 'zh' ? chineseTexts : englishTexts).blueprint.preview;
}

/** The keys of the plain texts (not the functions that fill in a name or a count). */
type TextKey = { [K in keyof StudioTexts]: StudioTexts[K] extends string ? K : never }[keyof StudioTexts];

/** Fills every element marked `data-text="key"` with that text. */
export function applyTexts(locale: Locale): void {
    const texts = studioTexts(locale);
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = texts.title;
    for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
        const text = texts[element.dataset.text as TextKey];
        if (typeof text === 'string') element.textContent = text;
    }
}
