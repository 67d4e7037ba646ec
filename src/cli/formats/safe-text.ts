// Text from a spec or a path, on its way to a terminal: a terminal obeys control characters (ESC starts
// a colour, a cursor move or an OSC title change; BEL rings), so a spec must never send them raw.

/** C0 controls but tab and line feed, DEL, and the C1 controls (CSI and OSC among them). */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** DEL and the C1 controls, which JSON.stringify leaves raw. */
const JSON_RAW_CONTROLS = /[\u007F-\u009F]/g;

const hex = (char: string) => char.charCodeAt(0).toString(16).padStart(2, '0');

/** The text with every control character a terminal would act on shown as `\xNN` instead. */
export function terminalSafe(text: string): string {
    return text.replace(TERMINAL_CONTROLS, char => `\\x${hex(char)}`);
}

/**
 * JSON of the value, indented, with no control character left raw: JSON.stringify already escapes
 * C0 controls, and DEL and C1 (which can only stand inside strings) become `\u00NN` as well.
 */
export function jsonText(value: unknown): string {
    return JSON.stringify(value, null, 2).replace(JSON_RAW_CONTROLS, char => `\\u00${hex(char)}`);
}
