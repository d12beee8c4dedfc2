// What the furniture tests ask of the engine: why one line is furniture (under an invented headline),
// and which lines of a body stay reporting. One copy, so every round's tests read the engine alike.
import { paragraphs } from '../extract';
import { furnitureReason } from '../furniture';

/** The test headline every line is judged under: no test line repeats it. */
export const TITLE = 'Ferry returns to Lindmoor';

/** Why `line`, alone and not repeated, is furniture; null when it is reporting. */
export const why = (line: string) => furnitureReason(line, TITLE, false);

/** The lines of `body` kept as reporting under the headline `title`. */
export const kept = (body: string, title: string) =>
	paragraphs(body, title)
		.filter((p) => !p.furniture)
		.map((p) => body.slice(p.start, p.end));

/** Each line of `body` with its furniture reason (null: reporting), and whether it is the story's own heading. */
export const laidOut = (body: string, title: string) =>
	paragraphs(body, title).map((p) => [body.slice(p.start, p.end), p.why ?? null, !!p.headline]);
