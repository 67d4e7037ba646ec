import type { LangiumSharedServices } from 'langium/lsp';

/** The languages the product speaks. */
export type Locale = 'en' | 'zh';

/** A text in every language the product speaks. */
export type Localized = Record<Locale, string>;

/** Maps a BCP 47 tag (`zh-CN`, `zh-tw`, `en-US`, `de`) or a POSIX LANG value (`zh_CN.UTF-8`) to a locale. */
export function localeFromTag(tag: string | undefined): Locale {
    return tag && /^zh\b|^zh[-_]/i.test(tag.trim()) ? 'zh' : 'en';
}

/** The value of the `serviceDrama.helpLanguage` setting. */
export type LanguageSetting = 'auto' | 'en' | 'zh-CN';

/**
 * Which language hovers, completion documentation and diagnostic messages speak.
 * The editor's display language (the `locale` of LSP `initialize`) decides, unless the
 * `serviceDrama.helpLanguage` setting names one; the CLI sets it directly.
 */
export class LocaleService {
    private clientLocale: Locale = 'en';
    private setting: LanguageSetting = 'auto';

    constructor(shared?: LangiumSharedServices) {
        if (!shared) return;
        shared.lsp.LanguageServer.onInitialize(params => {
            this.clientLocale = localeFromTag(params.locale);
        });
        shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            this.applySettings(update.configuration);
        });
        shared.workspace.ConfigurationProvider.getConfiguration('service-drama', 'helpLanguage')
            .then((value: unknown) => this.applySettings({ helpLanguage: value }), () => undefined);
    }

    get locale(): Locale {
        return this.setting === 'auto' ? this.clientLocale : localeFromTag(this.setting);
    }

    /** Sets the locale outright, as the CLI does from `--locale` or LANG. */
    set locale(locale: Locale) {
        this.clientLocale = locale;
        this.setting = 'auto';
    }

    private applySettings(configuration: unknown): void {
        const value = (configuration as { helpLanguage?: unknown } | undefined)?.helpLanguage;
        this.setting = value === 'en' || value === 'zh-CN' ? value : 'auto';
    }
}
