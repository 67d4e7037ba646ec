import * as assert from 'node:assert/strict';
import { makeWorkspace, runCli } from './support.js';

/** The command line reads the options of hollow-text and wait-needs-feedback from the configuration, as the editor does. */
describe('service-drama lint: rule options from .servicedrama.json', () => {
    const SPEC = `service Clinic {
    actor Nurse frontstage
    prop Screen

    scene Waiting {
        touchpoint Wait face-to-face {
            customer "waits to be called"
            Nurse "calls the next patient"
            evidence Screen
            expect reliability "patients are called in order"
            expect responsiveness "called in" within 20 min
            expect assurance "the nurse says the name kindly"
            expect empathy "a patient in pain is seen first"
            expect tangibles "按惯例处理"
        }
    }
}
`;
    let workspace: ReturnType<typeof makeWorkspace> | undefined;
    afterEach(() => workspace?.remove());

    function lintWith(config: string) {
        workspace?.remove();
        workspace = makeWorkspace({ '.servicedrama.json': config, 'clinic.drama': SPEC });
        return runCli(['lint', 'clinic.drama', '--format', 'json'], { cwd: workspace.dir });
    }

    function rulesFound(run: ReturnType<typeof runCli>): string[] {
        assert.equal(run.stderr, '');
        const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
        return file.messages.map(message => message.ruleId).sort();
    }

    it('uses the defaults without options: a 20 min bound needs a wait line', () => {
        assert.deepEqual(rulesFound(lintWith('{ "rules": {} }')), ['wait-needs-feedback']);
    });

    it('takes a threshold and more hollow phrases', () => {
        const run = lintWith('{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "30 min" }], "hollow-text": ["error", { "phrases": ["按惯例处理"] }] } }');
        assert.deepEqual(rulesFound(run), ['hollow-text']);
        assert.equal(run.status, 1, 'hollow-text was raised to an error');
    });

    it('stops with the key at fault when an option is wrong', () => {
        const run = lintWith('{ "rules": { "wait-needs-feedback": ["warning", { "threshold": "soon" }] } }');
        assert.equal(run.status, 2);
        assert.equal(run.stderr, 'service-drama: .servicedrama.json: rules.wait-needs-feedback.threshold: must be a duration such as "5 min" (units s, min, h, d)\n');
    });
});
