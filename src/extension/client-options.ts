import type { LanguageClientOptions } from 'vscode-languageclient';

/** What the desktop and the web client ask of the language server: the same on both. */
export const CLIENT_OPTIONS: LanguageClientOptions = {
    documentSelector: [{ language: 'service-drama' }],
    synchronize: { configurationSection: 'serviceDrama' }
};

export const CLIENT_ID = 'serviceDrama';
export const CLIENT_NAME = 'Service Drama';
