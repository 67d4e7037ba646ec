/**
 * Expands a VS Code snippet body as accepting every default does: `${1:Name}` becomes `Name`, a choice
 * `${2|a,b|}` its first option, a bare `$3` (or `${3}`) what tab stop 3 holds elsewhere, `$0` nothing,
 * and a tab one level of four spaces. Only the syntax the extension's snippets use.
 */
export function expandSnippet(body: string | string[]): string {
    const text = Array.isArray(body) ? body.join('\n') : body;
    const defaults = new Map<string, string>();
    let expanded = text;
    // Innermost placeholders first, so that nested defaults expand too.
    for (let previous = ''; previous !== expanded;) {
        previous = expanded;
        expanded = expanded
            .replace(/\$\{(\d+):([^${}]*)\}/g, (_, stop: string, value: string) => { defaults.set(stop, value); return value; })
            .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, stop: string, options: string) => { const value = options.split(',')[0]; defaults.set(stop, value); return value; });
    }
    expanded = expanded.replace(/\$\{?(\d+)\}?/g, (_, stop: string) => defaults.get(stop) ?? '');
    return expanded.replace(/\t/g, '    ');
}

/** The tab stops of a body in order of appearance, e.g. ['1', '2', '5|choice'], to compare translations. */
export function tabStops(body: string[]): string[] {
    return [...body.join('\n').matchAll(/\$\{(\d+)(\|[^|]*\|)?|\$(\d+)/g)].map(match => (match[1] ?? match[3]) + (match[2] ?? ''));
}
