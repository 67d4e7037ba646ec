import type { LSPClient } from '@codemirror/lsp-client';
import type { BlueprintModel, SourceRange } from '../blueprint/model.js';
import { BLUEPRINT_REQUEST, type BlueprintParams, type BlueprintResult } from '../blueprint/protocol.js';
import type { BlueprintTexts, StudioTexts } from '../language/help/help-texts.js';

// The live blueprint beside the editor: asked of the language server (which draws it with the
// renderer the CLI and VS Code use) a moment after each edit and each new set of diagnostics.

const UPDATE_DELAY_MS = 250;

export class BlueprintPane {
    private uri: string | undefined;
    private service: string | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** The model last drawn, for the exports. */
    model: BlueprintModel | undefined;

    constructor(
        private readonly client: LSPClient,
        private readonly elements: { drawing: HTMLElement; status: HTMLElement; picker: HTMLSelectElement; pickerLabel: HTMLElement },
        private readonly texts: () => StudioTexts,
        /** The preview's texts, shared with VS Code's blueprint preview. */
        private readonly previewTexts: () => BlueprintTexts['preview'],
        private readonly reveal: (range: SourceRange) => void
    ) {
        elements.picker.addEventListener('change', () => {
            this.service = elements.picker.value;
            void this.update();
        });
        elements.drawing.addEventListener('click', event => {
            const box = (event.target as Element).closest('[data-start-line]');
            if (box) this.reveal(rangeOf(box));
        });
    }

    /** Shows the blueprint of another spec. */
    show(uri: string): void {
        if (uri !== this.uri) this.service = undefined;
        this.uri = uri;
        this.schedule();
    }

    schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    async update(): Promise<void> {
        const uri = this.uri;
        if (!uri) return;
        const generation = ++this.generation;
        const { drawing, status } = this.elements;
        if (!drawing.firstChild) status.textContent = this.texts().drawing;
        try {
            await this.client.initializing;
            this.client.sync();
            const result = await this.client.request<BlueprintParams, BlueprintResult>(BLUEPRINT_REQUEST, { textDocument: { uri }, service: this.service });
            if (generation !== this.generation) return;
            this.service = result.service;
            this.model = result.model;
            this.showPicker(result);
            if (result.svg) {
                // The server's own drawing, with no script in it: it replaces the old one in place.
                drawing.innerHTML = result.svg;
                status.textContent = '';
            } else {
                drawing.replaceChildren();
                const texts = this.previewTexts();
                status.textContent = result.norms ? texts.normsOnly(result.norms.join(texts.listSeparator)) : texts.noService;
            }
        } catch (error) {
            if (generation !== this.generation) return;
            status.textContent = this.texts().drawFailed(error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error));
        }
    }

    private showPicker(result: BlueprintResult): void {
        const { picker, pickerLabel } = this.elements;
        pickerLabel.hidden = result.services.length < 2;
        picker.replaceChildren(...result.services.map(name => new Option(name, name, false, name === result.service)));
    }
}

function rangeOf(element: Element): SourceRange {
    const number = (name: string) => Number(element.getAttribute(`data-${name}`));
    return {
        start: { line: number('start-line'), character: number('start-character') },
        end: { line: number('end-line'), character: number('end-character') }
    };
}
