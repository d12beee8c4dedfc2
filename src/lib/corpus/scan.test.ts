import { describe, expect, it } from 'vitest';
import { matchesNotAfter } from './scan';
import { mayEndWithSubject } from './speakers';

const texts = [
	'fooBar Baz went to Stepanakert. McDonald’s O’Brien-Smith said: “Shusha”. 𝐀bc X',
	'resaid said; unsaid—said. He told AFP and toldx told',
	''
];
const flat = (ms: RegExpExecArray[] | IterableIterator<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('matchesNotAfter', () => {
	it('finds what the same pattern with a leading negative lookbehind finds', () => {
		for (const t of texts) {
			expect(flat(matchesNotAfter(/[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu, /^[\p{L}’'-]$/u, t))).toEqual(
				flat(t.matchAll(/(?<![\p{L}’'-])[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu))
			);
			expect(flat(matchesNotAfter(/(?:said|told)(?![\p{L}])/gu, /^\p{L}$/u, t))).toEqual(
				flat(t.matchAll(/(?<![\p{L}])(?:said|told)(?![\p{L}])/gu))
			);
		}
	});
});

describe('mayEndWithSubject', () => {
	it('rules out only texts where no subject can end', () => {
		expect(mayEndWithSubject('the talks were ')).toBe(false);
		expect(mayEndWithSubject('Putin')).toBe(false);
		expect(mayEndWithSubject('Putin ')).toBe(true);
		expect(mayEndWithSubject('the U.S. ')).toBe(true);
		expect(mayEndWithSubject('Lavrov, a veteran diplomat, ')).toBe(true);
		expect(mayEndWithSubject('Lavrov also ')).toBe(true);
		expect(mayEndWithSubject('Lavrov on Monday morning ')).toBe(true);
		expect(mayEndWithSubject('he also ')).toBe(false);
	});
});
