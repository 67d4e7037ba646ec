import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CliError } from '../../src/cli/cli-error.js';
import { buildSpecs } from '../../src/cli/spec-workspace.js';
import { CLEAN, makeWorkspace, NORMS } from './support.js';

describe('buildSpecs: a parser that throws', () => {
    let workspace: ReturnType<typeof makeWorkspace>;
    afterEach(() => workspace?.remove());

    it('is one line naming the requested file, as a CliError (exit 2), never a crash', async () => {
        workspace = makeWorkspace({ 'dinner.drama': CLEAN });
        const file = path.join(workspace.dir, 'dinner.drama');
        const failing = buildSpecs([file], {
            cwd: workspace.dir,
            configure: services => {
                services.parser.LangiumParser.parse = () => {
                    throw new RangeError('Maximum call stack size exceeded\n    at somewhere');
                };
            }
        });
        await assert.rejects(failing, (error: unknown) => {
            assert.ok(error instanceof CliError);
            assert.equal(error.exitCode, 2);
            assert.equal(error.message, 'dinner.drama: cannot parse the file (RangeError: Maximum call stack size exceeded)');
            return true;
        });
    });

    it('leaves out a context file it throws on, and still finds the norm in another', async () => {
        workspace = makeWorkspace({ 'dinner.drama': CLEAN, 'norms.drama': NORMS, 'other.drama': 'norm Clean { }' });
        const [dinner, norms, other] = ['dinner.drama', 'norms.drama', 'other.drama'].map(name => path.join(workspace.dir, name));
        const { specs } = await buildSpecs([dinner], {
            cwd: workspace.dir,
            contextFiles: [norms, other],
            configure: services => {
                const parse = services.parser.LangiumParser.parse.bind(services.parser.LangiumParser);
                services.parser.LangiumParser.parse = (text, options) => {
                    if (text.startsWith('norm Clean { }')) throw new RangeError('too deep');
                    return parse(text, options);
                };
            }
        });
        assert.deepEqual(specs[0].diagnostics.map(d => d.message), []);
    });
});
