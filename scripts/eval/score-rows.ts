// The report's table: each metric with its threshold (issue 14's table; see eval/README.md).
import type { Counts, Row } from './score-counts';

const pct = (n: number, d: number) => (d === 0 ? 1 : n / d);
const fmt = (n: number, d: number) => `${pct(n, d).toFixed(3)} (${n}/${d})`;

/** The thresholds, scaled to the size of the set where the issue gives a count per 28 articles. */
export function rowsFor(t: Counts): Row[] {
	const per28 = Math.ceil(t.articles / 28);
	const furnitureMax = Math.ceil(t.goldFurniture / 28);
	return [
		{
			metric: 'places joined right or reported unmatched',
			value: fmt(t.placesRight, t.goldPlaces),
			threshold: '≥ 0.95',
			pass: pct(t.placesRight, t.goldPlaces) >= 0.95
		},
		{ metric: 'silent drops', value: String(t.silentDrops), threshold: '0', pass: t.silentDrops === 0 },
		{
			metric: 'false place reports',
			value: String(t.falsePlaceReports),
			threshold: `≤ ${per28} (1 per 28 articles)`,
			pass: t.falsePlaceReports <= per28
		},
		{
			metric: 'wrong joins (of them joined, not in gold)',
			value: `${t.wrongJoins} (${t.joinedNotInGold})`,
			threshold: '0',
			pass: t.wrongJoins === 0
		},
		{
			metric: 'speaker right',
			value: fmt(t.speakersRight, t.goldQuotes),
			threshold: '≥ 0.85',
			pass: pct(t.speakersRight, t.goldQuotes) >= 0.85
		},
		{
			metric: 'pronoun speakers',
			value: String(t.pronounSpeakers),
			threshold: '0',
			pass: t.pronounSpeakers === 0
		},
		{
			metric: 'quote boundaries exact',
			value: fmt(t.boundariesExact, t.goldQuotes),
			threshold: '≥ 30/31 (0.967)',
			pass: pct(t.boundariesExact, t.goldQuotes) >= 30 / 31
		},
		{
			metric: 'spurious quotes (of them terms)',
			value: `${t.spuriousQuotes} (${t.termsAsQuotes})`,
			threshold: '-',
			pass: null
		},
		{
			metric: 'furniture turned into passages/quotes',
			value: `${t.furnitureIntoText}/${t.goldFurniture}`,
			threshold: `≤ ${furnitureMax} (1 per 28)`,
			pass: t.furnitureIntoText <= furnitureMax
		},
		{
			metric: 'furniture skipped by the engine',
			value: `${t.furnitureSkipped}/${t.goldFurniture}`,
			threshold: '-',
			pass: null
		},
		{
			metric: 'content skipped as furniture',
			value: String(t.contentSkippedAsFurniture),
			threshold: '-',
			pass: null
		},
		{
			metric: 'quotes and passages verbatim',
			value: fmt(t.verbatim, t.engineSpans),
			threshold: '1.000',
			pass: t.verbatim === t.engineSpans
		},
		{
			metric: 'wrapped-text passages ending mid-sentence',
			value: `${t.wrappedMidSentence}/${t.wrappedPassages}`,
			threshold: '-',
			pass: null
		}
	];
}
