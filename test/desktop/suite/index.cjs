// Entry point that VS Code's extension host calls: runs every *.test.cjs file beside this one.
const path = require('node:path');
const fs = require('node:fs');
const Mocha = require('mocha');

exports.run = function run() {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60000, color: true });
    for (const file of fs.readdirSync(__dirname).filter(name => name.endsWith('.test.cjs'))) {
        mocha.addFile(path.join(__dirname, file));
    }
    return new Promise((resolve, reject) => {
        mocha.run(failures => failures > 0 ? reject(new Error(`${failures} desktop test(s) failed`)) : resolve());
    });
};
