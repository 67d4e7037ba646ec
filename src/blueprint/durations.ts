import { formatDuration } from '../language/rules/spec-facts.js';

/** A number of seconds as the blueprint writes it, in the largest unit that keeps it readable: 90 s, 2.5 min, 1.5 h. */
export function durationLabel(seconds: number): string {
    const unit = seconds < 120 ? 's' : seconds < 2 * 3600 ? 'min' : seconds < 2 * 86400 ? 'h' : 'd';
    return formatDuration(seconds, unit);
}
