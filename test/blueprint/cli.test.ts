import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BlueprintModel } from '../../src/blueprint/model.js';
import { byClass, parseXml } from './support.js';

const cli = path.resolve('bin', 'service-drama.cjs');
const checkout = path.join('examples', 'hotpot-checkout.drama');
const twoServices = path.join('test', 'blueprint', 'fixtures', 'two-services.drama');
const hotpotFixture = path.join('test', 'blueprint', 'fixtures', 'hotpot.drama');

/** Runs the command in an environment that names no language, unless `env` does. */
function runIn(env: NodeJS.ProcessEnv, ...args: string[]) {
    const result = spawnSync(process.execPath, [cli, 'blueprint', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function run(...args: string[]) {
    return runIn({}, ...args);
}

/** A user mistake is one plain line on stderr and exit code 2, never a stack trace. */
function assertUsageError(result: ReturnType<typeof run>, message: RegExp): void {
    assert.equal(result.code, 2, result.stderr);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, message);
    assert.ok(!/^\s+at /m.test(result.stderr), result.stderr);
}

describe('service-drama blueprint (CLI)', function () {
    this.timeout(30000);
    let out: string;

    before(function () {
        assert.ok(fs.existsSync(path.resolve('dist', 'cli.cjs')), 'dist/cli.cjs is missing: run `node esbuild.mjs` (or `npm run build`) first');
        out = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-cli-'));
    });
    after(() => fs.rmSync(out, { recursive: true, force: true }));

    it('writes SVG to the standard output by default', () => {
        const result = run(checkout);
        assert.equal(result.code, 0, result.stderr);
        assert.ok(result.stdout.startsWith('<?xml'));
        const svg = parseXml(result.stdout);
        assert.equal(byClass(svg, 'sd-touchpoint').length, 7);
    });

    it('writes JSON, the blueprint model, with --format json', () => {
        const result = run(checkout, '--format', 'json');
        assert.equal(result.code, 0, result.stderr);
        const model = JSON.parse(result.stdout) as BlueprintModel;
        assert.equal(model.service, 'HotpotCheckout');
        assert.deepEqual(model.scenes.map(scene => scene.name), ['Ordering', 'AskForBill', 'Paying', 'Leaving']);
    });

    it('writes an HTML page to a file with -o, and says where', () => {
        const file = path.join(out, 'checkout.html');
        const result = run(checkout, '--format', 'html', '-o', file);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /^Blueprint of HotpotCheckout written to .*checkout\.html\n$/);
        const html = fs.readFileSync(file, 'utf8');
        assert.ok(html.startsWith('<!DOCTYPE html>'));
        assert.ok(html.includes('<svg xmlns="http://www.w3.org/2000/svg"'));
    });

    it('takes the format from the output file\'s extension', () => {
        for (const [name, start] of [['a.json', '{'], ['a.svg', '<?xml'], ['a.html', '<!DOCTYPE html>']]) {
            const file = path.join(out, name);
            assert.equal(run(checkout, '--output', file).code, 0);
            assert.ok(fs.readFileSync(file, 'utf8').startsWith(start), name);
        }
    });

    it('counts norms applied from other specs in the same folder', () => {
        const result = run(path.join('examples', 'service-hall.drama'), '--format', 'json');
        assert.equal(result.code, 0, result.stderr);
        const model = JSON.parse(result.stdout) as BlueprintModel;
        const expectations = model.scenes.flatMap(scene => scene.touchpoints).flatMap(touchpoint => touchpoint.expectations);
        assert.ok(expectations.some(expectation => expectation.norm === '标准问候'));
    });

    it('draws the service named with --service', () => {
        const result = run(twoServices, '--service', 'Dinner', '--format', 'json');
        assert.equal(result.code, 0, result.stderr);
        assert.equal((JSON.parse(result.stdout) as BlueprintModel).title, '晚餐');
    });

    it('lists the services there are when the one asked for is not found', () => {
        assertUsageError(run(checkout, '--service', 'Breakfast'),
            /^service-drama: service 'Breakfast' not found in examples[\\/]hotpot-checkout\.drama; it has: HotpotCheckout\n$/);
    });

    it('asks which service to draw when the file holds several', () => {
        assertUsageError(run(twoServices), /holds 2 services; choose one with --service: Breakfast, Dinner/);
    });

    it('refuses an output path in a folder that does not exist, and writes nothing', () => {
        const missing = path.join(out, 'no-such-folder', 'blueprint.svg');
        assertUsageError(run(checkout, '-o', missing), /cannot write .*blueprint\.svg: the folder .*no-such-folder does not exist/);
        assert.ok(!fs.existsSync(path.dirname(missing)));
    });

    it('reports a wrong format, a missing file, a folder, or no file at all, with exit code 2', () => {
        assertUsageError(run(checkout, '--format', 'pdf'), /unknown format 'pdf'; use one of: svg, html, json, png, md/);
        assertUsageError(run('no-such.drama'), /no-such\.drama: no such file/);
        assertUsageError(run('examples'), /examples is a folder; give one spec file/);
        assertUsageError(run(), /give the spec file to draw[\s\S]*Usage: service-drama blueprint/);
        assertUsageError(run(checkout, '--colour'), /Unknown option '--colour'/);
    });

    describe('--locale', () => {
        const labelsOf = (svg: string) => Array.from(parseXml(svg).getElementsByTagName('text')).map(text => text.textContent).join(' ');

        it('draws Chinese labels with --locale zh-CN, and English ones with --locale en', () => {
            const chinese = run(checkout, '--locale', 'zh-CN');
            assert.equal(chinese.code, 0, chinese.stderr);
            assert.ok(labelsOf(chinese.stdout).includes('有形证据'));
            assert.ok(!labelsOf(chinese.stdout).includes('Physical evidence'));
            const english = runIn({ LANG: 'zh_CN.UTF-8' }, checkout, '--locale', 'en');
            assert.ok(labelsOf(english.stdout).includes('Physical evidence'));
            assert.ok(!labelsOf(english.stdout).includes('有形证据'));
        });

        it('follows LC_ALL, LC_MESSAGES or LANG by default, else English', () => {
            assert.ok(labelsOf(run(checkout).stdout).includes('Physical evidence'));
            assert.ok(labelsOf(runIn({ LANG: 'zh_CN.UTF-8' }, checkout).stdout).includes('有形证据'));
            assert.ok(labelsOf(runIn({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }, checkout).stdout).includes('Physical evidence'));
            assert.ok(labelsOf(runIn({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW.UTF-8' }, checkout).stdout).includes('有形证据'));
        });

        it('writes the findings in the same language, in the JSON model too', () => {
            const model = JSON.parse(run(hotpotFixture, '--format', 'json', '--locale', 'zh-CN').stdout) as BlueprintModel;
            const risk = model.scenes.flatMap(scene => scene.touchpoints).flatMap(touchpoint => touchpoint.risks).find(r => r.name === 'WrongBill')!;
            assert.match(risk.findings[0].message, /^触点 .*：风险 WrongBill 还没有补救/);
        });

        it('gives a Chinese HTML page its language, and says in Chinese where it was written', () => {
            const file = path.join(out, 'zh.html');
            const result = run(checkout, '--locale', 'zh-CN', '-o', file);
            assert.equal(result.code, 0, result.stderr);
            assert.match(result.stdout, /^服务蓝图已写入 .*zh\.html（服务：HotpotCheckout）\n$/);
            assert.match(fs.readFileSync(file, 'utf8'), /<html lang="zh-CN">[\s\S]*图例/);
        });

        it('refuses a language it does not speak, with exit code 2', () => {
            assertUsageError(run(checkout, '--locale', 'fr'), /--locale fr: use en or zh-CN/);
        });
    });

    it('explains itself with --help', () => {
        const result = run('--help');
        assert.equal(result.code, 0);
        assert.match(result.stdout, /^Usage: service-drama blueprint FILE \[--service NAME\] \[--format svg\|html\|json\|png\|md\] \[--survey FILE \[--wave W\] \[--lenient\]\] \[--scale N\] \[--font FILE\] \[--locale en\|zh-CN\] \[-o OUT\]/);
    });

    describe('--format png and md', () => {
        it('writes a PNG, twice as large with --scale 2, chosen by the extension', () => {
            const sizes = [1, 2].map(scale => {
                const file = path.join(out, `checkout-${scale}.png`);
                const result = run(checkout, '-o', file, ...(scale === 1 ? [] : ['--scale', String(scale)]));
                assert.equal(result.code, 0, result.stderr);
                assert.equal(result.stderr, '', 'a CJK font is installed here: no warning');
                const png = fs.readFileSync(file);
                assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
                return [png.readUInt32BE(16), png.readUInt32BE(20)];
            });
            assert.deepEqual(sizes[1], [sizes[0][0] * 2, sizes[0][1] * 2]);
        });

        it('writes Markdown for a design review', () => {
            const result = run(checkout, '--format', 'md');
            assert.equal(result.code, 0, result.stderr);
            assert.match(result.stdout, /^# Service blueprint: Hotpot checkout/);
            assert.match(result.stdout, /^## 付款$/m);
            assert.match(result.stdout, /data:image\/svg\+xml;base64,/);
        });

        it('refuses a bad --scale, --scale or --font without png, and a missing font file', () => {
            assertUsageError(run(checkout, '--format', 'png', '--scale', 'big', '-o', path.join(out, 'x.png')), /--scale must be a number above 0 and at most 8, not 'big'/);
            assertUsageError(run(checkout, '--format', 'png', '--scale', '0', '-o', path.join(out, 'x.png')), /--scale must be a number/);
            assertUsageError(run(checkout, '--scale', '2'), /--scale applies to --format png only/);
            assertUsageError(run(checkout, '--font', 'x.ttf'), /--font applies to --format png only/);
            assertUsageError(run(checkout, '--format', 'png', '--font', 'no-such.ttf', '-o', path.join(out, 'x.png')), /--font no-such\.ttf: no such file/);
        });
    });
});
