/**
 * Where in a geodata file an error is: `geodata/places.geojson:412:9`. The files are parsed with
 * json-source-map, which keeps the line and column of every value, so an editor jumps from the
 * build log to the field (or, for a field that is missing, to the object that lacks it).
 */
import { parse, type Pointers } from 'json-source-map';

export interface Position {
	/** 1-based, as editors count. */
	line: number;
	column: number;
}

export type ParsedJson =
	{ ok: true; data: unknown; pointers: Pointers } | { ok: false; message: string; at: Position };

/** 1-based line and column of a character offset. */
function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

export function parseJsonWithPositions(text: string): ParsedJson {
	try {
		const { data, pointers } = parse(text);
		return { ok: true, data, pointers };
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		// json-source-map's messages end "… at position N" (or say the input ended).
		const pos = /at position (\d+)/.exec(message);
		const at = positionAt(text, pos ? Number(pos[1]) : text.length);
		return { ok: false, message: message.replace(/ in JSON at position \d+$/, ''), at };
	}
}

/** A JSON pointer (RFC 6901) of a dotted field: `geometry.coordinates[0][3]` → `/geometry/coordinates/0/3`. */
export function fieldPointer(field: string): string {
	const parts = field.match(/[^.[\]]+/g) ?? [];
	return parts.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The position of `pointer`, or of its nearest ancestor the text has (a missing field: its object). */
export function positionOf(pointers: Pointers, pointer: string): Position {
	for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
		const m = pointers[p];
		if (m) {
			const at = m.key ?? m.value;
			return { line: at.line + 1, column: at.column + 1 };
		}
		if (p === '') return { line: 1, column: 1 };
	}
}
