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
    /** Whether the system's fonts are used too; true unless told. */
    systemFonts?: boolean;
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

/**
 * The faces tried for text: Latin ones first, because resvg draws with a large CJK font many times
 * slower; characters they lack fall back to a CJK face.
 */
const SANS_SERIF = ['DejaVu Sans', 'Liberation Sans', 'Arial', 'Helvetica', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei'];
const FONT_LIST = `${SANS_SERIF.map(face => `'${face}'`).join(', ')}, sans-serif`;

export function renderPng(model: BlueprintModel, options: PngOptions = {}): PngResult {
    const { Resvg } = resvg();
    const svg = renderSvg(model, { locale: options.locale, fixedColours: true, fontFamily: FONT_LIST });
    const font = fontOptions(options.fontFiles ?? [], options.systemFonts ?? true);
    const rendered = new Resvg(svg, { font, fitTo: { mode: 'zoom', value: options.scale ?? 1 }, background: 'white' }).render();
    return {
        png: rendered.asPng(),
        width: rendered.width,
        height: rendered.height,
        missingCjkFont: hasCjk(svg) && !drawsCjk(font)
    };
}

function fontOptions(fontFiles: string[], loadSystemFonts: boolean) {
    return { loadSystemFonts, fontFiles, defaultFontFamily: SANS_SERIF[0], sansSerifFamily: SANS_SERIF[0] };
}

function hasCjk(svg: string): boolean {
    for (const char of svg) {
        const code = char.codePointAt(0)!;
        if (code >= 0x2E80 && isWide(code)) return true;
    }
    return false;
}

/**
 * Whether the fonts draw Chinese: two different characters drawn with them differ. Without a font for
 * them both come out as the same empty box (or nothing), pixel for pixel.
 */
function drawsCjk(font: ReturnType<typeof fontOptions>): boolean {
    const { Resvg } = resvg();
    const draw = (char: string) => new Resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24">`
        + `<text x="2" y="20" font-size="20" font-family="${FONT_LIST}">${char}</text></svg>`, { font }).render().pixels;
    return !draw('汉').equals(draw('字'));
}
