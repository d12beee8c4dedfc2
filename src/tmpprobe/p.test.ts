import { it } from 'vitest';
import { articleOf, curatedGeodata } from '../lib/server/corpus/__fixtures__/article-text';
import { loadGeoNames } from '../lib/server/corpus/geonames';
import { extractArticle, matcherFor } from '../lib/server/corpus/join';
const texts = [
	'Officials met on Monday.\n\nThe Russian Embassy in Yerevan said the protest was an attempt to divide the two nations.',
	'Officials met on Monday.\n\nThe embassy in Yerevan said the protest was an attempt to divide the two nations.',
	'Officials met on Monday.\n\nThe Russian Embassy in Yerevan called the protest an attempt to divide the two nations.',
	'Officials met on Monday.\n\nDiplomats at the Russian Embassy in Yerevan said nothing.',
	'Officials met on Monday.\n\nNew positions were dug near the pass, residents of Vardenis told Eurasianet.',
	'Officials met on Monday.\n\nNew positions were dug near the pass, residents of Vardenis told reporters.',
	'Officials met on Monday.\n\nBorder delimitation has begun in the Gazakh-Tavush section.',
];
it('probe', () => {
	const m = matcherFor(curatedGeodata!);
	const g = loadGeoNames();
	for (const t of texts) {
		const a = articleOf(t, { date: '2023-05-01' });
		const r = extractArticle(a, m, { geonames: g });
		console.log(t.slice(0, 60), '\n  M:', JSON.stringify(r.mentions.map((x) => [a.body.slice(x.start, x.end), x.ids])), '\n  U:', JSON.stringify(r.unmatched.map((x) => [x.name, x.why])));
	}
});
