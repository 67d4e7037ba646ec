// In a browser (VS Code for the Web, the studio) the rule pages are not files the editor can open:
// diagnostics there name their rule without a link. esbuild.mjs puts this module in rule-docs' place.

export function ruleDocsFile(): string | undefined {
    return undefined;
}

export function ruleDocsUri(): string | undefined {
    return undefined;
}
