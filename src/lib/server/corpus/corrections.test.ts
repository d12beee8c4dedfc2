// The editors' corrections: the file is validated (valibot), each kind changes exactly what it
// says and marks the quote, a correction that points at nothing fails naming itself, and the
// ingest report lists the corrections that apply to an article.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { parseArticle } from './article';
import { applyCorrections, checkAliases, loadCorrections, withAliases, type Correction } from './corrections';
import { ingestFiles } from './ingest';
import { joinCorpus } from './join';
import { loadCorpus } from './load';
import type { GeoNamesIndex } from './suggestions';

const TEXT =
	'title: Shelling near Vararakn\nsource: Test Wire\ndate: 2023-09-20\n\n' +
	'Shelling hit Vararakn and Shusha overnight, residents of Martakert said. ' +
	'“We stay,” the mayor told reporters in Baku. Shelling was heard from Tbilisi.';
const article = parseArticle(new TextEncoder().encode(TEXT), 'in/a.txt');
const id = article.meta.id;
const quoteId = () => joinCorpus([article], fixtureGeodata).quotes.find((q) => q.kind === 'quote')!.id;
/** A GeoNames index that knows Tbilisi, so the join lists it among the names to place. */
const geonames: GeoNamesIndex = {
	lookup: (k) => (k === 'tbilisi' ? [{ name: 'Tbilisi', country: 'GE', lon: 44.83, lat: 41.69 }] : undefined)
};
const apply = (corrections: Correction[]) => {
	const geodata = withAliases(fixtureGeodata, corrections);
	return applyCorrections(joinCorpus([article], geodata, { geonames }), corrections, geodata, [article]);
};

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'corrections-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const file = (data: unknown) => {
	const p = join(dir, 'corrections.json');
	writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
	return p;
};

describe('corpus/corrections.json is validated', () => {
	it('the committed file is valid and every correction applies to the corpus', () => {
		const { corrections, errors } = loadCorrections('corpus/corrections.json');
		expect(errors).toEqual([]);
		const { articles } = loadCorpus();
		const joined = applyCorrections(
			joinCorpus(articles, fixtureGeodata),
			corrections,
			fixtureGeodata,
			articles
		);
		expect(joined.errors).toEqual([]);
	});
	it.each([
		['not JSON', '[{', /corrections\.json: invalid JSON/],
		['not an array', { kind: 'speaker' }, /must be a JSON array of corrections/],
		['an unknown kind', [{ kind: 'rename', note: 'x' }], /#0 \(rename\): kind: /],
		[
			'a correction without its note',
			[{ kind: 'not_a_place', name: 'Europe' }],
			/#0 \(not_a_place\): note: /
		],
		[
			'a bad quote id',
			[{ kind: 'speaker', quote: 'no-offset', speaker: 'X', note: 'n' }],
			/#0 \(speaker\): quote: must be a quote id/
		],
		[
			'an unknown key (a typo)',
			[{ kind: 'alias', feature: 'shusha', alias: 'Susa', note: 'n', feture: 'x' }],
			/#0 \(alias\): feture: /
		],
		[
			'an invisible character in a speaker',
			[{ kind: 'speaker', quote: 'a:1', speaker: 'Ali\u200byev', note: 'n' }],
			/speaker: contains the invisible or control character U\+200B/
		]
	])('%s is refused, naming the entry and the field', (_, data, message) => {
		const r = loadCorrections(file(data));
		expect(r.corrections).toEqual([]);
		expect(r.errors).toEqual([expect.stringMatching(message)]);
	});
	it('no file means no correction', () => {
		expect(loadCorrections(join(dir, 'none.json'))).toEqual({ corrections: [], errors: [] });
	});
});

describe('applying corrections', () => {
	it('without corrections the join is unchanged and nothing is marked', () => {
		const plain = joinCorpus([article], fixtureGeodata);
		const r = apply([]);
		expect(r.quotes).toEqual(plain.quotes);
		expect(r.quotes.some((q) => q.corrected)).toBe(false);
	});
	it('a speaker, a place added and a place removed: changed, and marked with what was corrected', () => {
		const q = quoteId();
		const r = apply([
			{ kind: 'speaker', quote: q, speaker: 'Mayor of Martakert', note: 'named two paragraphs up' },
			{
				kind: 'add_place',
				quote: q,
				place: 'stepanakert',
				words: 'We stay',
				note: 'he speaks of the capital'
			},
			{
				kind: 'remove_place',
				quote: q,
				place: 'baku',
				note: 'Baku is where he was asked, not what he speaks of'
			}
		]);
		expect(r.errors).toEqual([]);
		expect(r.quotes.find((x) => x.id === q)).toMatchObject({
			speaker: 'Mayor of Martakert',
			places: ['stepanakert'],
			corrected: ['speaker', 'places']
		});
		expect(r.quotes.filter((x) => x.corrected)).toHaveLength(1);
		// The trace (how each place was tied) follows: the added place by the editors, the removed one gone.
		const trace = r.quotes.find((x) => x.id === q)!.trace ?? [];
		expect(trace.map((t) => [t.id, t.how, t.text])).toEqual([['stepanakert', 'correction', 'We stay']]);
		const body = article.body;
		expect(body.slice(trace[0]!.start, trace[0]!.end)).toBe('We stay');
	});
	it('an accepted spelling joins the gazetteer before the join: "Vararakn" (its old name) now ties to Stepanakert', () => {
		expect(joinCorpus([article], fixtureGeodata).quotes.flatMap((x) => x.places)).not.toContain(
			'stepanakert'
		);
		const r = apply([
			{ kind: 'alias', feature: 'stepanakert', alias: 'Vararakn', note: 'the old name, in some reports' }
		]);
		expect(r.quotes.find((x) => x.kind === 'passage')?.places).toContain('stepanakert');
	});
	it('a name marked as not a place leaves the list of names to place (everywhere, or in one article)', () => {
		const before = joinCorpus([article], fixtureGeodata, { geonames }).unmatched.map((u) => u.name);
		expect(before).toContain('Tbilisi');
		const names = (c: Correction) => apply([c]).unmatched.map((u) => u.name);
		expect(names({ kind: 'not_a_place', name: 'Tbilisi', note: 'the football club here' })).not.toContain(
			'Tbilisi'
		);
		expect(names({ kind: 'not_a_place', name: 'tbilisi', article: id, note: 'n' })).not.toContain('Tbilisi');
	});
	it.each([
		[
			{ kind: 'speaker', quote: `${id}:99999`, speaker: 'X', note: 'n' },
			`quote "${id}:99999" does not exist`
		],
		[
			{ kind: 'add_place', quote: 'QUOTE', place: 'atlantis', note: 'n' },
			'feature "atlantis" does not exist in geodata/'
		],
		[
			{ kind: 'alias', feature: 'atlantis', alias: 'Atlantida', note: 'n' },
			'feature "atlantis" does not exist in geodata/'
		],
		[
			{ kind: 'add_place', quote: 'QUOTE', place: 'baku', words: 'the capital', note: 'n' },
			'the words "the capital" are not in the quote'
		],
		[
			{ kind: 'not_a_place', name: 'Europe', article: 'gone-article', note: 'n' },
			'article "gone-article" is not in the corpus'
		]
	] as [Correction, string][])('a correction pointing at nothing fails, named: %j', (c, message) => {
		if ('quote' in c && c.quote === 'QUOTE') c.quote = quoteId();
		const r = apply([c]);
		expect(r.errors).toEqual([
			expect.stringMatching(
				new RegExp(
					`^corpus/corrections\\.json: #0 \\(.*\\): ${message.replace(/[()".]/g, '\\$&')}.*; update or remove this correction$`
				)
			)
		]);
	});
	it("an alias that is already another feature's name is refused like a geodata alias", () => {
		const geodata = withAliases(fixtureGeodata, [
			{ kind: 'alias', feature: 'stepanakert', alias: 'Shushi', note: 'n' }
		]);
		expect(checkAliases(geodata)).toEqual(
			expect.arrayContaining([expect.stringMatching(/"Shushi" is also a name of "shusha"/)])
		);
	});
});

describe('the ingest report', () => {
	it('lists the corrections that apply to the article, and marks the corrected quote', () => {
		const p = join(dir, 'a.txt');
		writeFileSync(p, TEXT);
		const corrections: Correction[] = [
			{ kind: 'speaker', quote: quoteId(), speaker: 'Mayor of Martakert', note: 'named two paragraphs up' },
			{ kind: 'alias', feature: 'stepanakert', alias: 'Vararakn', note: 'old name' },
			{ kind: 'alias', feature: 'baku', alias: 'Bakou', note: 'French spelling' },
			{ kind: 'speaker', quote: 'other-article:10', speaker: 'X', note: 'another article' }
		];
		const r = ingestFiles([p], { corpusDir: join(dir, 'none'), geodata: fixtureGeodata, corrections });
		expect(r.errors).toEqual([]);
		expect(r.articles[0]!.corrections).toEqual([
			`(speaker of ${quoteId()} → Mayor of Martakert): named two paragraphs up`,
			'(alias "Vararakn" of stepanakert): old name'
		]);
		expect(r.articles[0]!.quotes.find((q) => q.kind === 'quote')).toMatchObject({
			speaker: 'Mayor of Martakert',
			corrected: ['speaker']
		});
	});
	it('a corpus file given again is reported under its own id, with the corrections of corpus/corrections.json', () => {
		const file = 'corpus/articles/2020-10-31-wire-russia-ready-to-help-yerevan.txt';
		const { corrections } = loadCorrections('corpus/corrections.json');
		const r = ingestFiles([file], { corpusDir: 'corpus/articles', geodata: fixtureGeodata, corrections });
		expect(r.errors).toEqual([]);
		expect(r.articles[0]!.id).toBe('2020-10-31-wire-russia-ready-to-help-yerevan');
		expect(r.articles[0]!.corrections).toEqual([
			expect.stringMatching(
				/^\(speaker of 2020-10-31-wire-russia-ready-to-help-yerevan:1688 → Armenian diplomacy\)/
			)
		]);
	});
});
