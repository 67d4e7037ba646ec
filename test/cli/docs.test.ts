import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { FORMATS } from '../../src/cli/formats/index.js';
import { LINT_USAGE } from '../../src/cli/lint.js';

describe('the README documents every lint flag and format', () => {
    const readme = fs.readFileSync('README.md', 'utf8');
    const commandLine = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## CI with GitHub Actions'));

    it('names each option of lint --help in the Command line section', () => {
        const options = [...LINT_USAGE.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map(match => match[1]).filter(option => option !== '--help');
        assert.ok(options.length >= 12, options.join(' '));
        for (const option of options) assert.ok(commandLine.includes(`\`${option}`) || commandLine.includes(`, ${option}`), option);
    });

    it('describes each format', () => {
        for (const format of FORMATS) assert.ok(commandLine.includes(`\`${format}\``), format);
    });
});
