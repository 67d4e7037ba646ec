// Runs inside the extension host: the extension as VS Code loads it, through VS Code's own API.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const examples = path.resolve(__dirname, '..', '..', '..', 'examples');

async function open(name) {
    const document = await vscode.workspace.openTextDocument(path.join(examples, name));
    await vscode.window.showTextDocument(document);
    return document;
}

async function until(condition, what, timeoutMs = 30000) {
    const start = Date.now();
    for (;;) {
        const value = await condition();
        if (value) return value;
        if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

function positionOf(document, text) {
    const offset = document.getText().indexOf(text);
    assert.ok(offset >= 0, `'${text}' in ${document.fileName}`);
    return document.positionAt(offset + 1);
}

describe('Service Drama in desktop VS Code', () => {
    it('activates on a .drama file and reports a fault with its rule id', async () => {
        const document = await open('hotpot-checkout.drama');
        assert.equal(document.languageId, 'service-drama');
        const extension = vscode.extensions.all.find(e => e.packageJSON.name === 'service-drama');
        await until(() => extension.isActive, 'activation');
        const editor = vscode.window.activeTextEditor;
        const recovery = document.getText().indexOf('recovery');
        await editor.edit(edit => edit.insert(document.positionAt(recovery), '// '));
        const diagnostics = await until(() => {
            const found = vscode.languages.getDiagnostics(document.uri).filter(d => String(d.code?.value ?? d.code) === 'risk-has-recovery');
            return found.length > 0 && found;
        }, 'the risk-has-recovery diagnostic');
        assert.equal(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
        await vscode.commands.executeCommand('undo');
    });

    it('explains reliability on hover and offers the elements in completion', async () => {
        const document = await open('hotpot-checkout.drama');
        const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, positionOf(document, 'reliability'));
        const text = hovers.flatMap(h => h.contents.map(c => c.value ?? String(c))).join('\n');
        assert.match(text, /可靠性/);
        const expect = positionOf(document, 'expect ');
        const completions = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, expect.translate(0, 6));
        const labels = completions.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const element of ['reliability', 'responsiveness', 'assurance', 'empathy', 'tangibles']) assert.ok(labels.includes(element), element);
    });

    it('goes to a norm defined in another file', async () => {
        const document = await open('service-hall.drama');
        const locations = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, positionOf(document, '采用 ').translate(0, 3));
        const target = locations[0].targetUri ?? locations[0].uri;
        assert.match(target.fsPath, /norms\.drama$/);
    });

    it('opens the blueprint preview beside the editor', async () => {
        await open('hotpot-checkout.drama');
        await vscode.commands.executeCommand('serviceDrama.openBlueprintToSide');
        await until(() => vscode.window.tabGroups.all.some(group => group.tabs.some(tab => /Blueprint/i.test(tab.label))), 'the preview tab');
    });
});
