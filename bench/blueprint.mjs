// The blueprint of one large service: the model computed from the validated service, then the SVG
// drawn from it (the renderer the preview and the CLI export share). The document is built once,
// untimed; its build time is reported beside for reference.
import { buildBlueprint, servicesOf } from '../out/src/blueprint/model.js';
import { renderSvg } from '../out/src/blueprint/render-svg.js';
import { measure, summarize } from './stats.mjs';

export async function measureBlueprint(ours, text, repeat) {
    const files = [{ name: 'blueprint.drama', text }];
    const { full: build } = await ours.builder.measureFullBuild(files, repeat);
    const { documents } = await ours.builder.buildOnce(files, 'blueprint');
    try {
        const document = documents[0];
        const [service] = servicesOf(document.parseResult.value);
        const diagnostics = document.diagnostics ?? [];
        const modelSamples = [];
        const renderSamples = [];
        let svg = '';
        const total = await measure({
            ...repeat,
            run: () => {
                const start = performance.now();
                const model = buildBlueprint(service, diagnostics);
                const built = performance.now();
                svg = renderSvg(model);
                const end = performance.now();
                modelSamples.push(built - start);
                renderSamples.push(end - built);
                return end - start;
            }
        });
        const timed = samples => summarize(samples.slice(repeat.warmup));
        const scenes = service.members.filter(member => member.$type === 'Scene');
        return {
            touchpoints: scenes.reduce((sum, scene) => sum + scene.touchpoints.length, 0),
            scenes: scenes.length,
            lines: text.split('\n').length,
            findings: diagnostics.length,
            build,
            model: timed(modelSamples),
            render: timed(renderSamples),
            total,
            svgBytes: Buffer.byteLength(svg)
        };
    } finally {
        await ours.builder.remove(documents);
    }
}
