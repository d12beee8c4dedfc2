import { describe, expect, it } from 'vitest';
import { joinCorpus } from '$lib/server/corpus/join';
import { loadCorpus } from '$lib/server/corpus/load';
import { prepareMapData } from '$lib/data/map-data';
import { loadGeodata } from '$lib/server/geodata/load';
import { curatedFeatures } from './curated';

const { geodata } = loadGeodata('geodata');
const { articles } = loadCorpus('corpus/articles');
const joined = joinCorpus(articles, geodata!);
const map = prepareMapData(geodata!, joined.quotes, joined.articles);

describe('the one curated source', () => {
	const all = curatedFeatures(map).features;

	it('holds every place, line and post once, tagged with its group', () => {
		expect(all).toHaveLength(
			map.places.features.length + map.lines.features.length + map.posts.features.length
		);
		const ids = all.map((f) => f.properties.id);
		expect(new Set(ids).size).toBe(ids.length);
		const groupOf = (id: string) =>
			map.places.features.some((f) => f.properties.id === id)
				? 'place'
				: map.posts.features.some((f) => f.properties.id === id)
					? 'post'
					: 'line';
		for (const f of all) expect(f.properties.group).toBe(groupOf(f.properties.id));
	});

	it('leaves the page data untouched', () => {
		expect(map.places.features.some((f) => 'group' in f.properties)).toBe(false);
	});
});
