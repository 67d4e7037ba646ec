// Chevrotain 13 (under Langium 4.4) calls Object.groupBy while it builds a parser; Node 20 lacks it.
// Loaded before Langium by every way the code runs: `node --require` for langium-cli and mocha,
// and as the banner of every esbuild bundle.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value: function groupBy(items, key) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const k = key(item, index++);
                (groups[k] || (groups[k] = [])).push(item);
            }
            return groups;
        }
    });
}
