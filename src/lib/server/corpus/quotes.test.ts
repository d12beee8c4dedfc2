// Quote finding: which marks open and close speech, quotes over several paragraphs, forgotten and
// mismatched closing marks, and short terms in marks. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { fixtureGeodata } from './__fixtures__/gazetteer';
import { parseArticle } from './article';
import { paragraphs } from './extract';
import { extractArticle, matcherFor } from './join';
import { findQuotes, quotesIn } from './quotes';

/** The text of each quote of a one-paragraph text (terms left out). */
const texts = (t: string) => quotesIn(t, 0, t.length).map((x) => t.slice(x.start, x.end));
/** Each quote with its marks: body.slice(open, close). */
const marked = (t: string) => quotesIn(t, 0, t.length).map((x) => t.slice(x.open, x.close));

const article = (body: string, date = '2021-03-01') =>
	parseArticle(new TextEncoder().encode(`title: T\nsource: S\ndate: ${date}\n\n${body}`), 'a.txt', 'a');
/** The quote records of an article against the inline fixture: [text, speaker]. */
const quoteRecords = (body: string) => {
	const a = article(body);
	return extractArticle(a, matcherFor(fixtureGeodata))
		.records.filter((r) => r.kind === 'quote')
		.map((r) => [a.body.slice(r.start, r.end), r.speaker]);
};

describe('single quotation marks', () => {
	it('reads curly single marks as speech', () => {
		const t = '‘We are escorting the convoy to Stepanakert,’ the officer said.';
		expect(texts(t)).toEqual(['We are escorting the convoy to Stepanakert,']);
		expect(marked(t)).toEqual(['‘We are escorting the convoy to Stepanakert,’']);
	});
	it('closes a curly single quote mid-sentence before a plain word', () => {
		expect(texts('The general said ‘the corridor is open’ and left.')).toEqual(['the corridor is open']);
	});
	it('never takes a curly apostrophe for a quote', () => {
		expect(texts('The peacekeepers’ posts stood empty near Azerbaijan’s border.')).toEqual([]);
		expect(texts('Russia’s envoy met O’Brien’s deputy; they didn’t agree.')).toEqual([]);
	});
	it('reads straight single marks as speech before a capital and after the speech’s punctuation', () => {
		const t = "'We are escorting the convoy,' the officer said.";
		expect(texts(t)).toEqual(['We are escorting the convoy,']);
		expect(marked(t)).toEqual(["'We are escorting the convoy,'"]);
	});
	it('never takes straight apostrophes, plural possessives or elisions for a quote', () => {
		expect(texts("The peacekeepers' posts and Azerbaijan's roads don't close, he said.")).toEqual([]);
		expect(texts("It's the '90s again, and the soldiers' families wait.")).toEqual([]);
		// A curly possessive typed after a space (round 2 of the real-news loop): no quote opens at it.
		expect(
			texts('Varin denied Minister Rusu ‘s claim that troops would stay. ”Nobody will stay,” Varin said.')
		).toEqual(['Nobody will stay,']);
	});
	it('closes a curly single quote before a comma outside the marks', () => {
		expect(texts('‘The road is open’, Petrosyan said.')).toEqual(['The road is open']);
	});
	// BUG (quotes.ts, closeOf for APOS): a straight ' before a comma outside the marks ("…open',
	// Petrosyan said") is not taken as the close (ATTRIBUTION_AFTER wants whitespace right after the
	// mark), so FORGOTTEN_CLOSE closes at the comma and the quote text is "The road is open',".
	it('closes a straight single quote before a comma outside the marks', () => {
		expect(texts("'The road is open', Petrosyan said.")).toEqual(['The road is open']);
	});
	it('closes a short single-quoted word before the next single-quoted statement opens', () => {
		const t =
			'The mayor called the plan ‘reckless’ for the valley. ‘We were never asked about the dam,’ she told us.';
		expect(marked(t)).toEqual(['‘We were never asked about the dam,’']);
	});
	it('keeps an apostrophe inside a single-quoted statement', () => {
		expect(texts('‘The peacekeepers’ posts won’t move,’ the commander said.')).toEqual([
			'The peacekeepers’ posts won’t move,'
		]);
	});
});

describe('marks that do not pair up', () => {
	it('closes a straight opening mark with a curly closing one', () => {
		const t = '"The road to Lachin is closed to all traffic,” the driver said.';
		expect(texts(t)).toEqual(['The road to Lachin is closed to all traffic,']);
		expect(marked(t)).toEqual(['"The road to Lachin is closed to all traffic,”']);
	});
	it('closes a quote whose closing mark was forgotten before ", said X"', () => {
		const t = '“The checkpoint was open to traffic, said Artur Sargsyan, a teacher.';
		const [q, ...rest] = quotesIn(t, 0, t.length);
		expect(rest).toEqual([]);
		expect(t.slice(q!.start, q!.end)).toBe('The checkpoint was open to traffic,');
		// The forgotten mark has no width: the quote closes right after its comma.
		expect(t.slice(q!.open, q!.close)).toBe('“The checkpoint was open to traffic,');
		expect(q!.cut).toBe(false);
	});
	it('gives the quote with a forgotten closing mark its speaker', () => {
		expect(quoteRecords('“The checkpoint was open to traffic, said Artur Sargsyan, a teacher.')).toEqual([
			['The checkpoint was open to traffic,', 'Artur Sargsyan']
		]);
	});
	it('closes at an opening mark typed the wrong way round, so two quotes stay two', () => {
		const t = '“We will not leave,“ he said. “Never.”';
		expect(texts(t)).toEqual(['We will not leave,', 'Never.']);
	});
	it('ends a quote left open at the end of its paragraph and marks it cut', () => {
		const t = 'Pashinyan said: “We will never accept a corridor through';
		const [q] = quotesIn(t, 0, t.length);
		expect(t.slice(q!.start, q!.end)).toBe('We will never accept a corridor through');
		expect(q!.cut).toBe(true);
	});
	it('keeps straight marks nested inside a straight quote in it', () => {
		const t =
			'"The harbour will end the "dead season" at last, and the "dead season" is over," the mayor said.';
		expect(texts(t)).toEqual([
			'The harbour will end the "dead season" at last, and the "dead season" is over,'
		]);
		// Left unbalanced, the first straight mark after the opener still closes it.
		expect(texts('"We stay here. "Then we go, he said.')).toEqual(['We stay here.']);
	});
	it('closes a quote whose mark was forgotten before ", X told" when the next paragraph opens another', () => {
		const body =
			'“Tactically, it will be decided who goes where, Vardanyan told the council on Monday.\n\n"The point is a lasting peace," he said.';
		const paras = paragraphs(body, 'T');
		expect(
			findQuotes(body, paras)
				.own.flat()
				.map((q) => body.slice(q.start, q.end))
		).toEqual(['Tactically, it will be decided who goes where,', 'The point is a lasting peace,']);
	});
	it('reads an outlet\'s name in marks after "told" as a term', () => {
		expect(texts('Harbour expert Aram Vardanyan told “Portpress” that the quay is closed.')).toEqual([]);
	});
	it('reads guillemets', () => {
		expect(texts('Lavrov said: «The mission is working.» Then he left.')).toEqual([
			'The mission is working.'
		]);
	});
});

describe('a quote over several paragraphs', () => {
	const body = [
		'Colonel Armen Petrosyan described the day.',
		'“We arrived at dawn. The road was empty.',
		'“Then the convoy came over the pass.',
		'“By noon it was over,” he said.',
		'Later the road closed.'
	].join('\n');
	it('is one quote, owned by its first paragraph and covering all three', () => {
		const ps = paragraphs(body);
		const { own, covering } = findQuotes(body, ps);
		expect(own.map((l) => l.length)).toEqual([0, 1, 0, 0, 0]);
		const q = own[1]![0]!;
		expect(body.slice(q.start, q.end)).toBe(
			'We arrived at dawn. The road was empty.\n“Then the convoy came over the pass.\n“By noon it was over,'
		);
		expect(q.cut).toBe(false);
		expect(covering.map((l) => l.length)).toEqual([0, 1, 1, 1, 0]);
	});
	it('makes one quote record, with the speaker named before it', () => {
		expect(quoteRecords(body)).toEqual([
			[
				'We arrived at dawn. The road was empty.\n“Then the convoy came over the pass.\n“By noon it was over,',
				'Armen Petrosyan'
			]
		]);
	});
	it('keeps a single-quoted remark inside the second paragraph part of the outer quote', () => {
		const t =
			'“We packed the car at night.\n\n“At the post a soldier told us, ‘Drive on, it’s over.’ We drove on.”\n\nThe road was full.';
		const { own } = findQuotes(t, paragraphs(t));
		const all = own.flat().map((q) => t.slice(q.start, q.end));
		expect(all).toEqual([
			'We packed the car at night.\n\n“At the post a soldier told us, ‘Drive on, it’s over.’ We drove on.'
		]);
	});
	it('runs a colon-introduced quote whose closing mark is missing to the end of its paragraph', () => {
		const t =
			'The mayor said in Goris that the town would help: "We will house everyone who comes.\nThe shelter opened.';
		const { own } = findQuotes(t, paragraphs(t));
		expect(own.flat().map((q) => [t.slice(q.start, q.end), q.cut])).toEqual([
			['We will house everyone who comes.', true]
		]);
	});
	it('does not continue into a paragraph that opens without a mark', () => {
		const t = '“We arrived at dawn.\nThe convoy came later.';
		const { own } = findQuotes(t, paragraphs(t));
		expect(own.map((l) => l.map((q) => [t.slice(q.start, q.end), q.cut]))).toEqual([
			[['We arrived at dawn.', true]],
			[]
		]);
	});
});

describe('terms in marks', () => {
	it('does not make a quote of one to three words in marks mid-sentence', () => {
		for (const t of [
			'Baku called the statement “one-sided” on Friday.',
			'Officials described the “humanitarian pause” as fragile.',
			'The “Minsk group” met in Vienna.'
		]) {
			expect(texts(t), t).toEqual([]);
			const { own } = findQuotes(t, paragraphs(t));
			expect(
				own[0]!.map((q) => [t.slice(q.start, q.end), q.term]),
				t
			).toHaveLength(1);
			expect(own[0]![0]!.term, t).toBe(true);
		}
	});
	it('leaves no quote record for a term', () => {
		expect(quoteRecords('Baku called the statement “one-sided” on Friday.')).toEqual([]);
	});
	it('keeps a short quote after a speech verb, and a sentence-initial one, as speech', () => {
		expect(texts('Asked about the corridor, Aliyev said “never”.')).toEqual(['never']);
		expect(texts('“No,” he said.')).toEqual(['No,']);
	});
	it('keeps four words in marks as a quote', () => {
		expect(texts('Baku called it “a very dangerous provocation” on Friday.')).toEqual([
			'a very dangerous provocation'
		]);
	});
});

describe('a straight single quote closed before a verb-first attribution', () => {
	it('closes at the mark before “, says X” (not an apostrophe)', () => {
		const body = "'Everything was left behind. The house, the garden', says Laura Arakelyan, 71.";
		const live = paragraphs(body, 'T').filter((p) => !p.furniture);
		const q = findQuotes(body, live).own.flat()[0]!;
		expect(body.slice(q.start, q.end)).toBe('Everything was left behind. The house, the garden');
	});
});

describe('straight single marks before a lower-case word, and slogans', () => {
	it("takes 'a partial quote' in straight single marks that close, not an elision", () => {
		expect(
			texts("The mayor told the crowd that the only other way was 'a long winter without roads'")
		).toEqual(['a long winter without roads']);
		expect(texts("They said the choice was 'a war within a month'.")).toEqual(['a war within a month']);
		expect(texts("We told 'em to wait, and the boys 'cause trouble at the bridge every night.")).toEqual([]);
	});
	it('takes a slogan on a poster for a term, even with an exclamation mark', () => {
		const body = 'Protesters held posters reading “Open the road!” outside the embassy.';
		const live = paragraphs(body, 'T').filter((p) => !p.furniture);
		const [q] = findQuotes(body, live).own.flat();
		expect(q!.term).toBe(true);
		expect(texts(body)).toEqual([]);
	});
});

describe('a comma inside the marks of a short quote', () => {
	it('leaves a term a term when no "said" reports the words; a full stop keeps them speech', () => {
		expect(texts('She called the closure a “disaster,” asking for help.')).toEqual([]);
		expect(texts('The mayor urged the guild to take “firm steps.” The guild refused.')).toEqual([
			'firm steps.'
		]);
	});
	it('keeps speech: reported words, a full stop inside, an attribution after', () => {
		expect(texts('The guild said it was “very worried.” Boats waited.')).toEqual(['very worried.']);
		expect(texts('A board reading “Quay closed. Stop.” hung at the gate.')).toEqual(['Quay closed. Stop.']);
		expect(texts('The fleet had “kept order,” Harbour Master Anna Petrosyan said.')).toEqual(['kept order,']);
	});
});

describe('a straight single mark after a letter other than s', () => {
	it('closes a quote opened by one (a plural possessive ends in s)', () => {
		expect(marked("He spoke at the rally 'Keepers of the River' in Portvale on Monday.")).toEqual([
			"'Keepers of the River'"
		]);
		expect(texts("The ferrymen's union and the guards' posts stayed shut.")).toEqual([]);
	});
});

describe('a ” typed as the opener right after a full stop', () => {
	it('opens the quote that a later ” closes before its attribution', () => {
		expect(
			texts(
				'The guild said the quay was shut to Lindmoor.” No ferry may leave the harbour until spring,” the guild added.'
			)
		).toEqual(['No ferry may leave the harbour until spring,']);
	});
	it('is only a closing mark otherwise', () => {
		expect(texts('“The quay is shut to Lindmoor.” No ferry left that day.')).toEqual([
			'The quay is shut to Lindmoor.'
		]);
		expect(texts('It was shut.” Nobody knew why. The guild met, he said.')).toEqual([]);
	});
});

describe('a straight " closed by a mistyped mark', () => {
	it("ends at a ' after the full stop when the attribution follows", () => {
		expect(texts('"The pier is broken.\' she said. "It is all gone."')).toEqual([
			'The pier is broken.',
			'It is all gone.'
		]);
	});
});
