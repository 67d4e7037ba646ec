import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLEAN, makeWorkspace, NORMS, runCli, type CliRun } from './support.js';

/** The unprivileged user and group of Unix systems. */
const NOBODY = 65534;

/** CLEAN with Chinese keywords, as `convert --keywords zh` writes it. */
const CLEAN_ZH = `服务 Dinner {
    演员 Waiter 前台

    场景 Ordering {
        触点 Order 当面 {
            客户 "orders"
            Waiter "takes the order"
            期待 可靠性 "the order is right"
            期待 响应性 "order taken" 限时 2 分钟
            期待 保证性 "a smile"
            期待 移情性 "notices allergies"
            采用 Clean
            证据 Table
        }
    }
    道具 Table
}
`;

const NORMS_ZH = `规范 Clean {
    期待 有形性 "a clean table"
}
`;

/** A usage mistake or a file error: one line naming it on stderr, exit code 2, nothing on stdout, no stack. */
function expectOneLine(run: CliRun, message: string): void {
    assert.equal(run.status, 2, run.stdout + run.stderr);
    assert.equal(run.stderr, `service-drama: ${message}\n`);
    assert.equal(run.stdout, '');
}

describe('service-drama convert: keywords in Chinese or English', function () {
    this.timeout(60000);
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace?.remove());
    const read = (file: string) => fs.readFileSync(path.join(workspace.dir, file), 'utf8');
    const convert = (...args: string[]) => runCli(['convert', ...args], { cwd: workspace.dir });

    it('rewrites files in place, and back again to the same bytes', () => {
        workspace = makeWorkspace({ 'dinner.drama': CLEAN, 'norms.drama': NORMS });
        const toChinese = convert('--keywords', 'zh', 'dinner.drama', 'norms.drama');
        assert.equal(toChinese.status, 0, toChinese.stderr);
        assert.equal(toChinese.stdout, 'dinner.drama: 20 keywords now in Chinese\nnorms.drama: 3 keywords now in Chinese\n');
        assert.equal(read('dinner.drama'), CLEAN_ZH);
        assert.equal(read('norms.drama'), NORMS_ZH);
        const lint = runCli(['lint', '.'], { cwd: workspace.dir });
        assert.equal(lint.status, 0, lint.stdout);
        assert.equal(lint.stdout, '✓ 2 files checked, no problems\n');

        const toEnglish = convert('--keywords', 'en', '.');
        assert.equal(toEnglish.status, 0, toEnglish.stderr);
        assert.equal(toEnglish.stdout, 'dinner.drama: 20 keywords now in English\nnorms.drama: 3 keywords now in English\n');
        assert.equal(read('dinner.drama'), CLEAN);
        assert.equal(read('norms.drama'), NORMS);
    });

    it('keeps a byte order mark and Windows line ends, and leaves a file already in the language untouched', () => {
        const written = `\uFEFF${CLEAN.replaceAll('\n', '\r\n')}`;
        workspace = makeWorkspace({ 'dinner.drama': written, 'norms.drama': NORMS_ZH });
        const before = fs.statSync(path.join(workspace.dir, 'norms.drama')).mtimeMs;
        const run = convert('--keywords', 'zh', 'dinner.drama', 'norms.drama');
        assert.equal(run.status, 0, run.stderr);
        assert.equal(run.stdout, 'dinner.drama: 20 keywords now in Chinese\nnorms.drama: already uses Chinese keywords only, left as it is\n');
        assert.equal(read('dinner.drama'), `\uFEFF${CLEAN_ZH.replaceAll('\n', '\r\n')}`);
        assert.equal(fs.statSync(path.join(workspace.dir, 'norms.drama')).mtimeMs, before);
        assert.equal(convert('--keywords', 'en', 'dinner.drama').status, 0);
        assert.equal(read('dinner.drama'), written);
    });

    it('writes to the file -o names for one spec, or below the folder it names for several', () => {
        workspace = makeWorkspace({ 'specs/dinner.drama': CLEAN, 'specs/lib/norms.drama': NORMS, 'out/keep.txt': '' });
        const one = convert('--keywords', 'zh', 'specs/dinner.drama', '-o', 'dinner.zh.drama');
        assert.equal(one.status, 0, one.stderr);
        assert.equal(one.stdout, 'specs/dinner.drama: written with Chinese keywords to dinner.zh.drama (20 keywords rewritten)\n');
        assert.equal(read('dinner.zh.drama'), CLEAN_ZH);
        assert.equal(read('specs/dinner.drama'), CLEAN);

        const intoFolder = convert('--keywords', 'zh', 'specs/dinner.drama', '-o', 'out');
        assert.equal(intoFolder.status, 0, intoFolder.stderr);
        assert.equal(read('out/dinner.drama'), CLEAN_ZH);

        const several = convert('--keywords', 'zh', 'specs', '--output', 'zh');
        assert.equal(several.status, 0, several.stderr);
        assert.equal(several.stdout, 'specs/dinner.drama: written with Chinese keywords to zh/dinner.drama (20 keywords rewritten)\n'
            + 'specs/lib/norms.drama: written with Chinese keywords to zh/lib/norms.drama (3 keywords rewritten)\n');
        assert.equal(read('zh/dinner.drama'), CLEAN_ZH);
        assert.equal(read('zh/lib/norms.drama'), NORMS_ZH);
        assert.equal(read('specs/lib/norms.drama'), NORMS);
    });

    it('leaves a spec with a syntax error as it is, says where the error is, converts the others and exits 1', () => {
        const broken = CLEAN.replace('face-to-face', 'face2face');
        workspace = makeWorkspace({ 'broken.drama': broken, 'norms.drama': NORMS });
        const run = convert('--keywords', 'zh', 'broken.drama', 'norms.drama');
        assert.equal(run.status, 1, run.stdout + run.stderr);
        assert.match(run.stderr, /^broken\.drama:5:26: not converted, the file has a syntax error: Unknown channel 'face2face'/);
        assert.doesNotMatch(run.stderr, /internal error|\n\s+at /);
        assert.equal(run.stdout, 'norms.drama: 3 keywords now in Chinese\n');
        assert.equal(read('broken.drama'), broken);
    });

    it('answers bad input with one line naming it', () => {
        workspace = makeWorkspace({ 'dinner.drama': CLEAN, 'norms.drama': NORMS, 'a-file': '' });
        expectOneLine(convert('--keywords', 'zh', 'missing.drama'), 'missing.drama: no such file or folder');
        expectOneLine(convert('--keywords', 'fr', 'dinner.drama'), '--keywords fr: use zh (Chinese) or en (English)');
        expectOneLine(convert('--keywords', 'zh', 'dinner.drama', '-o', 'nowhere/dinner.drama'),
            `cannot write nowhere/dinner.drama: the folder ${path.join(workspace.dir, 'nowhere')} does not exist`);
        expectOneLine(convert('--keywords', 'zh', 'dinner.drama', '-o', 'a-file/dinner.drama'),
            `cannot write a-file/dinner.drama: ${path.join(workspace.dir, 'a-file')} is not a folder`);
        expectOneLine(convert('--keywords', 'zh', 'dinner.drama', 'norms.drama', '-o', 'a-file'), '-o a-file: the specs go into a folder, and this is a file');
        expectOneLine(convert('--keywords', 'zh', '.', '-o', '.'), '-o .: this is where the specs are; leave out -o to convert them in place');
        for (const run of [convert('dinner.drama'), convert('--keywords', 'zh'), convert('--keywords', 'zh', 'dinner.drama', '--frobnicate')]) {
            assert.equal(run.status, 2, run.stderr);
            assert.match(run.stderr, /^service-drama: .*\n\nUsage: service-drama convert --keywords zh\|en FILE\.\.\. \[-o OUT\]/s);
            assert.equal(run.stdout, '');
        }
        assert.equal(read('dinner.drama'), CLEAN);
    });

    it('changes nothing when one of the specs cannot be read', () => {
        workspace = makeWorkspace({ 'a.drama': CLEAN, 'b.drama': Buffer.from([0x73, 0xff, 0xfe]) });
        expectOneLine(convert('--keywords', 'zh', 'a.drama', 'b.drama'), 'b.drama: the file is not valid UTF-8 text');
        assert.equal(read('a.drama'), CLEAN);
    });

    it('names a spec it cannot rewrite, before it writes any', function () {
        workspace = makeWorkspace({ 'a.drama': CLEAN, 'b.drama': NORMS });
        fs.chmodSync(path.join(workspace.dir, 'b.drama'), 0o444);
        let user: { uid?: number; gid?: number } = {};
        if (process.getuid?.() === 0) {
            // Root writes any file whatever its permissions: run as nobody, if nobody can run the CLI here.
            fs.chmodSync(workspace.dir, 0o777);
            fs.chmodSync(path.join(workspace.dir, 'a.drama'), 0o666);
            user = { uid: NOBODY, gid: NOBODY };
            if (runCli(['--version'], { cwd: workspace.dir, ...user }).status !== 0) this.skip();
        }
        expectOneLine(runCli(['convert', '--keywords', 'zh', 'a.drama', 'b.drama'], { cwd: workspace.dir, ...user }), 'b.drama: cannot write the file (EACCES)');
        assert.equal(read('a.drama'), CLEAN);
    });

    it('explains itself in --help, in English and in Chinese, and is listed in the usage', () => {
        workspace = makeWorkspace({});
        const help = convert('--help');
        assert.equal(help.status, 0);
        assert.match(help.stdout, /^Usage: service-drama convert --keywords zh\|en FILE\.\.\. \[-o OUT\]\n/);
        assert.match(help.stdout, /the alias 分 comes back as 分钟/);
        const chinese = runCli(['convert', '--help'], { cwd: workspace.dir, env: { LANG: 'zh_CN.UTF-8' } });
        assert.match(chinese.stdout, /^用法：service-drama convert --keywords zh\|en 文件\.\.\. \[-o 输出\]\n/);
        assert.match(runCli(['convert', '-h', '--locale', 'zh-CN'], { cwd: workspace.dir }).stdout, /^用法：/);
        assert.match(runCli(['--help'], { cwd: workspace.dir }).stdout, /\n {2}convert FILE\.\.\. +write the specs' keywords in Chinese or English/);
    });

    it('speaks Chinese with --locale zh-CN', () => {
        workspace = makeWorkspace({ 'dinner.drama': CLEAN, 'broken.drama': 'service S {\n' });
        const run = convert('--keywords', 'zh', '--locale', 'zh-CN', 'dinner.drama', 'broken.drama');
        assert.equal(run.status, 1);
        assert.equal(run.stdout, 'dinner.drama：20 个关键字已改为中文\n');
        assert.match(run.stderr, /^broken\.drama:2:1：文件有语法错误，未转换：/);
    });
});
