import type { BlueprintModel } from '../blueprint/model.js';
import { renderHtml } from '../blueprint/render-html.js';
import { renderSvg } from '../blueprint/render-svg.js';

// Saving to the user's computer: the spec and the blueprint as SVG, PNG or HTML, drawn in the page
// by the same renderer as `service-drama blueprint`. Everything is made here; nothing is uploaded.

/** Offers the content as a download under the given file name. */
export function download(name: string, content: Blob): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(content);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function downloadSpec(name: string, text: string): void {
    download(name, new Blob([text], { type: 'text/plain;charset=utf-8' }));
}

export function exportSvg(model: BlueprintModel): void {
    download(`${model.service}.svg`, new Blob([renderSvg(model)], { type: 'image/svg+xml' }));
}

export function exportHtml(model: BlueprintModel): void {
    download(`${model.service}.html`, new Blob([renderHtml(model)], { type: 'text/html;charset=utf-8' }));
}

/** The SVG drawn onto a canvas at twice its size, for sharp pictures on high-density screens. */
export async function exportPng(model: BlueprintModel, scale = 2): Promise<void> {
    const url = URL.createObjectURL(new Blob([renderSvg(model)], { type: 'image/svg+xml' }));
    try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.ceil(image.naturalWidth * scale);
        canvas.height = Math.ceil(image.naturalHeight * scale);
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        const png = await new Promise<Blob>((resolve, reject) => canvas.toBlob(blob => blob ? resolve(blob) : reject(new Error('no PNG')), 'image/png'));
        download(`${model.service}.png`, png);
    } finally {
        URL.revokeObjectURL(url);
    }
}
