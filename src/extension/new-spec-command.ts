import * as vscode from 'vscode';
import { helpTexts } from '../language/help/keyword-help.js';
import { localeFromTag, type Locale } from '../language/i18n/locale.js';
import { isSpecTemplateId, SPEC_TEMPLATES, templateFile, type SpecTemplateId } from './spec-templates.js';

export const NEW_SPEC_COMMAND = 'serviceDrama.newSpecFromTemplate';

/** The language of the editor's texts: the helpLanguage setting, else VS Code's display language. */
function editorLocale(): Locale {
    const setting = vscode.workspace.getConfiguration('serviceDrama').get<string>('helpLanguage', 'auto');
    return localeFromTag(setting === 'auto' ? vscode.env.language : setting);
}

/**
 * "Service Drama: New Spec from Template": picks a template (or takes its id as the argument, as the
 * walkthrough's link does) and opens it as a new, unsaved spec in the editor's language.
 */
export function registerNewSpecCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(NEW_SPEC_COMMAND, async (template?: unknown) => {
        const locale = editorLocale();
        const id = isSpecTemplateId(template) ? template : await pickTemplate(locale);
        if (!id) return;
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, templateFile(id, locale)));
        const document = await vscode.workspace.openTextDocument({ language: 'service-drama', content: new TextDecoder().decode(bytes) });
        // Run from a page that is no text editor (the walkthrough), the spec opens beside it, so that
        // both stay in view and the walkthrough's next step finds the spec.
        const besidePage = !vscode.window.activeTextEditor && vscode.window.tabGroups.activeTabGroup.activeTab !== undefined;
        await vscode.window.showTextDocument(document, besidePage ? vscode.ViewColumn.Beside : undefined);
    }));
}

async function pickTemplate(locale: Locale): Promise<SpecTemplateId | undefined> {
    const texts = helpTexts(locale).editor;
    const items = SPEC_TEMPLATES.map(id => ({ id, label: texts.templates[id].label, detail: texts.templates[id].detail }));
    return (await vscode.window.showQuickPick(items, { placeHolder: texts.pickTemplate }))?.id;
}
