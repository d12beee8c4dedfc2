import { describe, expect, it } from 'vitest';
import type { Gold } from './gold';
import type { EngineOutput } from './engine';
import { foldSpeaker, isPronoun, rowsFor, score, scoreArticle, spanOf, type Counts } from './score';

// The scorer on hand-made engine outputs: every metric must be able to fail.

const KNOWN = new Set([
	'lachin',
	'lachin-corridor-2022',
	'russia',
	'stepanakert',
	'russian-turkish-monitoring-centre'
]);
const empty = (): EngineOutput => ({ mentions: [], unmatched: [], quotes: [], passages: [], furniture: [] });
function gold(body: string, g: Partial<Gold>): Gold {
	return {
		article: 't',
		places: [],
		nonPlaces: [],
		quotes: [],
		terms: [],
		furniture: [],
		wrapped: false,
		...g
	};
}
function run(body: string, g: Partial<Gold>, out: Partial<EngineOutput>): Counts {
	return scoreArticle({ article: 't', body, gold: gold(body, g), out: { ...empty(), ...out } }, KNOWN).counts;
}

describe('scorer: each metric can fail', () => {
	const body = 'The Lachin corridor was shut, Russia Today said, near the village of Sos.';
	const corridor = { ...spanOf(body, 'Lachin corridor'), id: 'lachin-corridor-2022' };
	const sos = { ...spanOf(body, 'Sos'), id: null };
	const rt = spanOf(body, 'Russia Today');
	const at = (text: string) => spanOf(body, text);

	it('counts a right join, a right unmatched report, and nothing wrong', () => {
		const c = run(
			body,
			{ places: [corridor, sos], nonPlaces: [rt] },
			{
				mentions: [{ ...at('Lachin corridor'), ids: ['lachin-corridor-2022'] }],
				unmatched: [{ ...at('Sos'), name: 'Sos' }]
			}
		);
		expect([c.placesRight, c.silentDrops, c.falsePlaceReports, c.wrongJoins]).toEqual([2, 0, 0, 0]);
	});

	it('a corridor joined to its town is a wrong join and not right', () => {
		const c = run(body, { places: [corridor] }, { mentions: [{ ...at('Lachin'), ids: ['lachin'] }] });
		expect([c.placesRight, c.wrongJoins, c.silentDrops]).toEqual([0, 1, 0]);
	});

	it('a place nobody reports is a silent drop', () => {
		const c = run(body, { places: [sos] }, {});
		expect([c.placesRight, c.silentDrops]).toEqual([0, 1]);
	});

	it('a null place that got joined is wrong, and a gold id missing from geodata must be unmatched', () => {
		const c = run(body, { places: [sos] }, { mentions: [{ ...at('Sos'), ids: ['stepanakert'] }] });
		expect([c.placesRight, c.wrongJoins]).toEqual([0, 1]);
		const curated = { ...spanOf(body, 'Sos'), id: 'sos-village' };
		const ok = run(body, { places: [curated] }, { unmatched: [{ ...at('Sos'), name: 'Sos' }] });
		expect(ok.placesRight).toBe(1);
	});

	it('an id the brief named for a feature being curated counts as the curated one', () => {
		const b = 'the monitoring centre';
		const c = run(
			b,
			{ places: [{ ...spanOf(b, 'monitoring centre'), id: 'monitoring-centre-aghdam' }] },
			{ mentions: [{ ...spanOf(b, 'monitoring centre'), ids: ['russian-turkish-monitoring-centre'] }] }
		);
		expect([c.placesRight, c.wrongJoins]).toEqual([1, 0]);
	});

	it('an outlet joined to a country is a wrong join; one reported unmatched is a false place report', () => {
		const joined = run(body, { nonPlaces: [rt] }, { mentions: [{ ...at('Russia'), ids: ['russia'] }] });
		expect([joined.wrongJoins, joined.joinedNotInGold]).toEqual([1, 0]);
		const reported = run(
			body,
			{ nonPlaces: [rt] },
			{ unmatched: [{ ...at('Russia Today'), name: 'Russia Today' }] }
		);
		expect(reported.falsePlaceReports).toBe(1);
	});

	it('a join where gold has no label at all is listed as "joined, not in gold"', () => {
		const c = run(body, {}, { mentions: [{ ...at('village'), ids: ['lachin'] }] });
		expect([c.wrongJoins, c.joinedNotInGold]).toEqual([1, 1]);
	});

	it('mentions inside gold furniture are not judged', () => {
		const b = 'Tags: Russia\nText.';
		const c = run(
			b,
			{ furniture: [spanOf(b, 'Tags: Russia')] },
			{ mentions: [{ ...spanOf(b, 'Russia'), ids: ['russia'] }] }
		);
		expect(c.wrongJoins).toBe(0);
	});

	const qb = '“We stay,” said Maria Zakharova. He called it a so-called “corridor”. “Read on”';
	const q = { ...spanOf(qb, 'We stay,'), speaker: 'Maria Zakharova', alts: ['Zakharova'] };
	it('speakers: right with folding and alts, wrong, and pronouns counted', () => {
		const right = run(
			qb,
			{ quotes: [q] },
			{ quotes: [{ ...spanOf(qb, 'We stay,'), speaker: 'the Zakharova’s' }] }
		);
		expect([right.speakersRight, right.boundariesExact]).toEqual([1, 1]);
		const wrong = run(qb, { quotes: [q] }, { quotes: [{ ...spanOf(qb, 'We stay,'), speaker: 'he' }] });
		expect([wrong.speakersRight, wrong.pronounSpeakers]).toEqual([0, 1]);
		const none = run(qb, { quotes: [q] }, {});
		expect([none.speakersRight, none.boundariesExact]).toEqual([0, 0]);
	});

	it('boundaries: a cut quote is not exact, its speaker still judged; a term turned into a quote is spurious', () => {
		const c = run(
			qb,
			{ quotes: [q], terms: [spanOf(qb, 'corridor')] },
			{
				quotes: [
					{ ...spanOf(qb, 'We stay'), speaker: 'Maria Zakharova' },
					{ ...spanOf(qb, 'corridor'), speaker: null },
					{ ...spanOf(qb, 'Read on'), speaker: null }
				]
			}
		);
		expect([c.boundariesExact, c.speakersRight, c.spuriousQuotes, c.termsAsQuotes]).toEqual([0, 1, 2, 1]);
	});

	it('furniture turned into a passage, and furniture not skipped', () => {
		const b = 'Read more: Peacekeepers leave\nThey left.';
		const f = spanOf(b, 'Read more: Peacekeepers leave');
		const bad = run(b, { furniture: [f] }, { passages: [{ ...f }] });
		expect([bad.furnitureIntoText, bad.furnitureSkipped]).toEqual([1, 0]);
		const good = run(b, { furniture: [f] }, { furniture: [{ ...f }] });
		expect([good.furnitureIntoText, good.furnitureSkipped]).toEqual([0, 1]);
		const lost = run(
			b,
			{ quotes: [{ ...spanOf(b, 'They left.'), speaker: null, alts: [] }] },
			{ furniture: [spanOf(b, 'They left.')] }
		);
		expect(lost.contentSkippedAsFurniture).toBe(1);
	});

	it('verbatim: a passage whose text is not body.slice(start, end) fails', () => {
		const c = run(
			body,
			{},
			{
				passages: [
					{ start: 0, end: 10, text: 'The Lachin' },
					{ start: 0, end: 10, text: 'the Lachin' }
				]
			}
		);
		expect([c.verbatim, c.engineSpans]).toEqual([1, 2]);
		const out = run(body, {}, { passages: [{ start: 5, end: 999 }] });
		expect(out.verbatim).toBe(0);
	});

	it('wrapped text: a passage ending at a line break mid-sentence is counted', () => {
		const b = 'Peacekeepers stayed in\nthe city. They left.\n\nNext paragraph';
		const c = run(
			b,
			{ wrapped: true },
			{
				passages: [spanOf(b, 'Peacekeepers stayed in'), spanOf(b, 'They left.'), spanOf(b, 'Next paragraph')]
			}
		);
		expect([c.wrappedPassages, c.wrappedMidSentence]).toEqual([3, 1]);
	});

	it('folds speakers and knows pronouns', () => {
		expect(foldSpeaker('The Russian Defence Ministry’s')).toBe('russian defence ministry');
		expect(isPronoun('She')).toBe(true);
		expect(isPronoun('Shoigu')).toBe(false);
	});

	it('thresholds fail when a count is off, and scale with the set', () => {
		const s = score([{ article: 't', body, gold: gold(body, { places: [sos] }), out: empty() }], KNOWN);
		const fails = s.rows.filter((r) => r.pass === false).map((r) => r.metric);
		expect(fails).toContain('silent drops');
		expect(fails).toContain('places joined right or reported unmatched');
		const t = { ...s.total, articles: 56, falsePlaceReports: 2 };
		expect(rowsFor(t).find((r) => r.metric === 'false place reports')!.pass).toBe(true);
		expect(
			rowsFor({ ...t, falsePlaceReports: 3 }).find((r) => r.metric === 'false place reports')!.pass
		).toBe(false);
	});
});
