import * as fs from 'node:fs';

// Typed readers for the JSON files the tests check: package.json, its texts and the settings schema.

/** A rule's entry in the `serviceDrama.rules` setting and in schemas/servicedrama.schema.json. */
export interface RuleSettingSchema {
    /** The severities, for a rule without options. */
    enum?: string[];
    /** For a rule with options: a severity, or [severity, { options }]. */
    anyOf?: [{ enum: string[] }, { items: unknown[] }];
    description: string;
    markdownDescription: string;
}

/** The rules object of the setting and of the schema: one property per rule. */
export interface RulesSchema {
    properties: Record<string, RuleSettingSchema>;
    additionalProperties: boolean;
}

export interface WalkthroughStep {
    id: string;
    title: string;
    description: string;
    media: { markdown: string };
    completionEvents: string[];
}

/** The parts of package.json that the tests read. */
export interface ExtensionManifest {
    version: string;
    repository: { url: string };
    bin: Record<string, string>;
    main: string;
    browser: string;
    icon: string;
    contributes: {
        languages: Array<{ id: string; configuration?: string; filenames?: string[] }>;
        grammars: Array<{ path: string }>;
        commands: Array<{ command: string }>;
        snippets: Array<{ language: string; path: string }>;
        walkthroughs: Array<{ id: string; title: string; description: string; steps: WalkthroughStep[] }>;
        jsonValidation: Array<{ fileMatch: string; url: string }>;
        configuration: { properties: { 'serviceDrama.rules': RulesSchema } };
    };
}

/** schemas/servicedrama.schema.json, the schema of `.servicedrama.json`. */
export interface SettingsSchema {
    properties: { rules: RulesSchema };
}

/** A JSON file, read as the type the caller expects of it. */
export function readJson<T>(file: string): T {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function readManifest(): ExtensionManifest {
    return readJson<ExtensionManifest>('package.json');
}

export function readSettingsSchema(): SettingsSchema {
    return readJson<SettingsSchema>('schemas/servicedrama.schema.json');
}
