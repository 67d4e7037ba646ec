// Workbench elements the page object finds again and again.

export const ACTIVE_EDITOR = '.editor-group-container.active .editor-instance .monaco-editor';
export const QUICK_INPUT = '.quick-input-widget';
