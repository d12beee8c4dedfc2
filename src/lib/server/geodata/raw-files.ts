/**
 * The geodata files as read: parsed JSON, and the place in the text of each error found later (a
 * second, slower parse that records positions, done only for a file with errors).
 */
import type { GeodataError } from './validate';
import { fieldPointer, parseJsonWithPositions, positionOf } from './source-map';

export interface RawFile {
	file: string;
	data: unknown;
	/** The text, to place the errors found later. */
	text?: string;
}

/**
 * Positions cost a second parse that records every value: done only for a file with errors, and
 * not for a huge one (a 1,000,000-vertex line would take a minute), whose errors still name the
 * feature and the field.
 */
const MAX_LOCATED_CHARS = 2_000_000;

export function parseJson(file: string, text: string, errors: GeodataError[]): RawFile {
	if (text.startsWith('\ufeff')) {
		// RFC 7946 §11: a GeoJSON text must not start with a BOM; JSON.parse's own message is cryptic.
		const message = 'starts with a byte-order mark (U+FEFF); save the file as UTF-8 without BOM';
		errors.push({ file, feature: null, field: null, message, at: { line: 1, column: 1 } });
		return { file, data: undefined };
	}
	try {
		return { file, data: JSON.parse(text), text };
	} catch {
		// JSON.parse names no position for some errors (none for `[,]`); json-source-map always does.
		const parsed = parseJsonWithPositions(text);
		const message = parsed.ok ? 'not JSON' : parsed.message;
		errors.push({
			file,
			feature: null,
			field: null,
			message: `invalid JSON (${message})`,
			at: parsed.ok ? undefined : parsed.at
		});
		return { file, data: undefined };
	}
}

/**
 * Gives each error found by the schema or a cross-check its place in the file: the feature (or
 * entry) by its id, last of a repeated id (the one reported as the repeat), then the field.
 */
export function locate(errors: GeodataError[], files: RawFile[]): void {
	for (const { file, data, text } of files) {
		if (!text || text.length > MAX_LOCATED_CHARS || !errors.some((e) => e.file === file && !e.at)) continue;
		const parsed = parseJsonWithPositions(text);
		if (!parsed.ok) continue;
		const pointers = parsed.pointers;
		const fc = data as { features?: unknown };
		const list = Array.isArray(data) ? data : Array.isArray(fc?.features) ? (fc.features as unknown[]) : [];
		const base = Array.isArray(data) ? '' : '/features';
		const index = new Map(list.map((x, i) => [idOf(x, i), i]));
		for (const e of errors) {
			if (e.file !== file || e.at) continue;
			const i = e.feature === null ? undefined : (index.get(e.feature) ?? Number(e.feature.slice(1)));
			const entry = i === undefined || Number.isNaN(i) ? '' : `${base}/${i}`;
			e.at = positionOf(pointers, entry + fieldPointer(e.field ?? ''));
		}
	}
}

/** A feature's or an entry's id as errors name it, else its index. */
export const idOf = (x: unknown, i: number) => {
	const id =
		(x as { id?: unknown; properties?: { id?: unknown } } | null)?.properties?.id ??
		(x as { id?: unknown })?.id;
	return typeof id === 'string' && id ? id : `#${i}`;
};
