import { createRequire } from 'node:module';
import type { Locale } from '../language/i18n/locale.js';
import type { BlueprintModel } from './model.js';
import { renderSvg } from './render-svg.js';
import { isWide } from './text-measure.js';

// The blueprint as a PNG, rasterised by resvg (@resvg/resvg-js, a native binary from its npm
// package, loaded only when a PNG is asked for). Text is drawn with the system's fonts and any font
// files given; Chinese text needs a CJK font among them, else its characters are left out.

export interface PngOptions {
    locale?: Locale;
    /** Pixels per unit of the drawing: 2 for a sharp picture on a high-density screen. */
    scale?: number;
    /** Font files to use besides the system's. */
    fontFiles?: string[];
}

export interface PngResult {
    png: Buffer;
    width: number;
    height: number;
    /** The picture holds CJK text but no font given or installed can draw it. */
    missingCjkFont: boolean;
}

type ResvgModule = typeof import('@resvg/resvg-js');

function resvg(): ResvgModule {
    // A require at run time: the CLI bundle leaves the native package outside (esbuild.mjs). The
    // bundle is CommonJS (__filename), the compiled tests ES modules (import.meta.url).
    return createRequire(typeof __filename === 'string' ? __filename : import.meta.url)('@resvg/resvg-js') as ResvgModule;
}

/** The sans-serif faces tried for text, CJK faces first so that Chinese and Latin text share one. */
const SANS_SERIF = ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', 'DejaVu Sans', 'Liberation Sans', 'Arial'];

export function renderPng(model: BlueprintModel, options: PngOptions = {}): PngResult {
    const { Resvg } = resvg();
    const svg = renderSvg(model, { locale: options.locale, fixedColours: true });
    const font = fontOptions(options.fontFiles ?? []);
    const rendered = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: options.scale ?? 1 }, background: 'white' }).render();
    return {
        png: rendered.asPng(),
        width: rendered.width,
        height: rendered.height,
        missingCjkFont: hasCjk(svg) && !drawsCjk(font)
    };
}

function fontOptions(fontFiles: string[]) {
    return { loadSystemFonts: true, fontFiles, defaultFontFamily: SANS_SERIF[0], sansSerifFamily: SANS_SERIF[0] };
}

function hasCjk(svg: string): boolean {
    for (const char of svg) {
        const code = char.codePointAt(0)!;
        if (code >= 0x2E80 && isWide(code)) return true;
    }
    return false;
}

/** Whether the fonts draw a Chinese character: one rendered with them leaves ink. */
function drawsCjk(font: ReturnType<typeof fontOptions>): boolean {
    const { Resvg } = resvg();
    const probe = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="24"><text x="2" y="20" font-size="18" font-family="${SANS_SERIF.join(', ')}, sans-serif">汉字</text></svg>`;
    const pixels = new Resvg(probe, { font }).render().pixels;
    for (let alpha = 3; alpha < pixels.length; alpha += 4) {
        if (pixels[alpha] > 0) return true;
    }
    return false;
}
