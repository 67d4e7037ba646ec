// Preloaded into the language server by the memory benchmark (node --expose-gc --require): on SIGUSR2
// it collects garbage and writes process.memoryUsage() to the file named by SERVICE_DRAMA_MEMORY_PROBE,
// so the benchmark can tell retained memory from garbage not yet collected.
const fs = require('node:fs');

const target = process.env.SERVICE_DRAMA_MEMORY_PROBE;
if (target) {
    process.on('SIGUSR2', () => {
        if (typeof global.gc === 'function') {
            global.gc();
        }
        fs.writeFileSync(`${target}.tmp`, JSON.stringify(process.memoryUsage()));
        fs.renameSync(`${target}.tmp`, target);
    });
}
