import { describe, expect, it } from 'vitest';
import { capitalisedRuns, firstMatchAtCapital, matchesNotAfter, wordsStartBefore, wordTrie } from './scan';
import { endsWithMark, mayEndWithSubject } from './attribution';

const texts = [
	'fooBar Baz went to Stepanakert. McDonald’s O’Brien-Smith said: “Shusha”. 𝐀bc X',
	'resaid said; unsaid—said. He told AFP and toldx told',
	''
];
const flat = (ms: RegExpExecArray[] | IterableIterator<RegExpMatchArray>) =>
	[...ms].map((m) => [m.index, m[0]]);

describe('matchesNotAfter', () => {
	it('finds what the same pattern with a leading negative lookbehind finds', () => {
		for (const t of texts) {
			expect(
				flat(matchesNotAfter(/[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu, /^[\p{L}’'-]$/u, t))
			).toEqual(flat(t.matchAll(/(?<![\p{L}’'-])[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu)));
			expect(flat(matchesNotAfter(/(?:said|told)(?![\p{L}])/gu, /^\p{L}$/u, t))).toEqual(
				flat(t.matchAll(/(?<![\p{L}])(?:said|told)(?![\p{L}])/gu))
			);
		}
	});
});

describe('capitalisedRuns', () => {
	// (An apostrophe after a space or a bracket opens a quotation: "the 'Gizilbulagh' mine".)
	const RUN = /(?<![\p{L}-])(?<![^\s(][’'])[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*/gu;
	const byRegex = (t: string) => [...t.matchAll(RUN)].map((m) => [m.index, m.index + m[0].length]);
	const runs = (t: string, from?: number, to?: number) =>
		capitalisedRuns(t, from, to).map((r) => [r.start, r.end]);
	it('finds what the regex with a lookbehind finds', () => {
		for (const t of texts) expect(runs(t)).toEqual(byRegex(t));
		// Across any whitespace; not after a letter, apostrophe or hyphen; astral capitals count.
		expect(runs('The Lachin  Corridor\u00a0Road, o’Brien x-Ray Éva Łódź 𝐀bc 𝐀 Ab')).toEqual([
			[0, 25],
			[41, 60]
		]);
	});
	it('reads only text[from, to): no word before `from`, no pair across `to`', () => {
		expect(runs('xAbc Def', 1, 8)).toEqual([[1, 8]]);
		expect(runs('Ab Cd', 0, 4)).toEqual([[0, 4]]);
		expect(runs('A\ud835\udc00', 0, 2)).toEqual([[0, 1]]);
	});
	it('agrees with the regex on random text of letters, marks, spaces and surrogates', () => {
		const alphabet = [
			'A',
			'b',
			'Z',
			'é',
			'É',
			'Ł',
			'ß',
			'’',
			"'",
			'-',
			' ',
			'\n',
			'\u00a0',
			'.',
			'1',
			'𝐀',
			'𝐚',
			'\ud800',
			'\udc00',
			'“'
		];
		let seed = 11;
		const rnd = (n: number) => Math.floor(((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647) * n);
		for (let round = 0; round < 2000; round++) {
			const t = Array.from({ length: rnd(24) }, () => alphabet[rnd(alphabet.length)]).join('');
			expect(runs(t), JSON.stringify(t)).toEqual(byRegex(t));
		}
	});
});

describe('firstMatchAtCapital', () => {
	// A name at the very end, as SUBJECT_AT_END looks for one: leftmost start wins, so "Sergei Lavrov".
	const source =
		"(?<![\\p{L}’'])((?:Mr\\.|\\p{Lu}[\\p{L}’'-]*)(?:\\s+(?:of\\s+)?(?:Mr\\.|\\p{Lu}[\\p{L}’'-]*))*)(?:,\\s[^,]{1,20},)?\\s+$";
	const anywhere = new RegExp(source, 'u');
	const atCapitals = new RegExp(source, 'uy');
	const same = (t: string) => {
		const [a, b] = [anywhere.exec(t), firstMatchAtCapital(atCapitals, t)];
		return [a?.index, a?.[0], a?.[1], b?.index, b?.[0], b?.[1]];
	};
	it('finds the match the same pattern finds without the sticky flag', () => {
		expect(firstMatchAtCapital(atCapitals, 'the minister Sergei Lavrov ')?.[1]).toBe('Sergei Lavrov');
		expect(firstMatchAtCapital(atCapitals, 'Mr. Lavrov, a veteran, ')?.index).toBe(0);
		expect(firstMatchAtCapital(atCapitals, 'said by 𝐀lpha ')?.index).toBe(8);
		expect(firstMatchAtCapital(atCapitals, 'no name here ')).toBeNull();
		for (const t of texts) expect(same(t).slice(3)).toEqual(same(t).slice(0, 3));
	});
	it('agrees with the pattern on random text', () => {
		const words = [
			'Lavrov',
			'the',
			'of',
			'Mr.',
			'Éva',
			'𝐀b',
			'said',
			',',
			', a diplomat,',
			' ',
			'  ',
			'\u00a0',
			'xY',
			'’',
			'\ud800'
		];
		let seed = 5;
		const rnd = (n: number) => Math.floor(((seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647) * n);
		for (let round = 0; round < 2000; round++) {
			const t = Array.from({ length: rnd(10) }, () => words[rnd(words.length)]).join(rnd(2) ? ' ' : '');
			const [a, b] = [same(t).slice(0, 3), same(t).slice(3)];
			expect(b, JSON.stringify(t)).toEqual(a);
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

describe('wordTrie', () => {
	const words = ['said', 'says', 'say', 'saying', 'told', 'put it', 'a.b'];
	it('matches the same whole words as the flat alternation', () => {
		const flatRe = new RegExp(`(?:${words.map((w) => w.replace('.', '\\.')).join('|')})(?![\\p{L}])`, 'gu');
		const trieRe = new RegExp(`(?:${wordTrie(words)})(?![\\p{L}])`, 'gu');
		for (const t of [...texts, 'he says: saying, sayso said. put it; put its a.b axb sayings']) {
			expect(flat(t.matchAll(trieRe))).toEqual(flat(t.matchAll(flatRe)));
		}
	});
	it('factors common prefixes and escapes regex marks', () => {
		expect(wordTrie(['say', 'says', 'a.b'])).toBe('(?:say(?:s)?|a\\.b)');
	});
});

describe('endsWithMark', () => {
	it('is /<mark>\\s*$/ without the regex', () => {
		for (const t of ['said:', 'said: \n', 'said', ':x', '', ' : ', 'Aliyev, ']) {
			expect(endsWithMark(t, 58)).toBe(/:\s*$/.test(t));
			expect(endsWithMark(t, 44)).toBe(/,\s*$/.test(t));
		}
	});
});

describe('wordsStartBefore', () => {
	it('cuts where the two end-anchored replacements cut', () => {
		const byRegex = (t: string) => t.replace(/^[^]*\n/, '').replace(/^[^]*[^\p{L}’'.\s-]/u, '');
		for (const t of [
			...texts,
			'said in a statement.\nThe Moscow ',
			'“Radio of ',
			'x, Dr. J.-P. O’Neil ',
			'𝐀b 2 Free ',
			''
		]) {
			for (let to = 0; to <= t.length; to++)
				expect(t.slice(wordsStartBefore(t, 0, to), to)).toBe(byRegex(t.slice(0, to)));
		}
	});
});
