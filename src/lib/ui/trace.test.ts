// How the reader is told a place was tied to the text: one line per kind of match.
import { describe, expect, it } from 'vitest';
import { traceText } from './trace';

const trace = (
	text: string,
	name: string,
	how: 'name' | 'alias' | 'variant' | 'bracketed' | 'correction'
) => ({
	id: 'taghavard',
	start: 0,
	end: text.length,
	text,
	name,
	how
});

describe('traceText', () => {
	it('says which name the text used and how it was tied', () => {
		expect(traceText(trace('Taghavard', 'Taghavard', 'name'), 'Taghavard')).toBe('‘Taghavard’ → Taghavard');
		expect(traceText(trace('Dağ Tumas', 'Taghavard', 'bracketed'), 'Taghavard')).toBe(
			'‘Dağ Tumas’ → Taghavard, the other name the text gives it in brackets'
		);
		expect(traceText(trace('Taghavart', 'Taghavard', 'variant'), 'Taghavard')).toBe(
			'‘Taghavart’ → Taghavard, read as a spelling variant of Taghavard'
		);
	});
});
