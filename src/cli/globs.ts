/**
 * A small glob matcher for the paths given to `lint`: `*` and `?` within one path segment, `**` across
 * segments, `[abc]` character classes and `{a,b}` alternatives. Paths are matched with `/` separators.
 */

const MAGIC = /[*?[{]/;

export function isGlob(pattern: string): boolean {
    return MAGIC.test(pattern);
}

/** The folder part of a pattern before its first wildcard: where to start looking for matches. */
export function globBase(pattern: string): string {
    const segments = pattern.replace(/\\/g, '/').split('/');
    const firstMagic = segments.findIndex(segment => MAGIC.test(segment));
    const base = segments.slice(0, firstMagic < 0 ? segments.length : firstMagic).join('/');
    return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

export function globToRegExp(pattern: string): RegExp {
    const glob = pattern.replace(/\\/g, '/');
    let source = '';
    let alternatives = 0;
    for (let i = 0; i < glob.length; i++) {
        const ch = glob[i];
        if (ch === '*') {
            if (glob[i + 1] === '*') {
                const wholeSegment = (i === 0 || glob[i - 1] === '/') && (glob[i + 2] === '/' || i + 2 === glob.length);
                if (wholeSegment && glob[i + 2] === '/') {
                    source += '(?:[^/]*/)*';
                    i += 2;
                } else {
                    source += '.*';
                    i += 1;
                }
            } else {
                source += '[^/]*';
            }
        } else if (ch === '?') {
            source += '[^/]';
        } else if (ch === '[') {
            const close = glob.indexOf(']', i + 1);
            if (close < 0) {
                source += '\\[';
            } else {
                const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
                source += `[${body}]`;
                i = close;
            }
        } else if (ch === '{') {
            source += '(?:';
            alternatives++;
        } else if (ch === '}' && alternatives > 0) {
            source += ')';
            alternatives--;
        } else if (ch === ',' && alternatives > 0) {
            source += '|';
        } else {
            source += ch.replace(/[.+^${}()|\\\]]/g, '\\$&');
        }
    }
    return new RegExp(`^${source}$`);
}
