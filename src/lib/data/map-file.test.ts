import bbox from '@turf/bbox';
import { describe, expect, it } from 'vitest';
import { buildFileContents } from '../../../scripts/lib/file-contents';
import { joinCorpus } from '$lib/server/corpus/join';
import { loadCorpus } from '$lib/server/corpus/load';
import { loadGeodata } from '$lib/server/geodata/load';
import { centerOf, compactMapFile, expandMapFile, type StoredMapFile } from './map-file';
import { prepareMapData } from './map-data';
import { DATA_FILES, type NotesFile } from './data-files';

const { geodata } = loadGeodata('geodata');
const { articles } = loadCorpus('corpus/articles');
const joined = joinCorpus(articles, geodata!);
const stored = JSON.parse(
	buildFileContents(geodata!, articles, joined).get(DATA_FILES.map)!
) as StoredMapFile;
const all = [...geodata!.places.features, ...geodata!.lines.features, ...geodata!.posts.features];

describe('map.json, stored and expanded', () => {
	it('stores each feature once, by id: its details and geometry, no centre, no id inside', () => {
		expect(Object.keys(stored.features)).toEqual(all.map((f) => f.properties.id));
		for (const f of Object.values(stored.features)) {
			expect(Object.keys(f).sort()).toEqual(['geometry', 'group', 'periods', 'properties']);
			expect(f.properties).not.toHaveProperty('id');
		}
	});
	it('leaves the aliases to notes.json (search and the popup load it), and shared_aliases to the geoparser', () => {
		const notes = JSON.parse(
			buildFileContents(geodata!, articles, joined).get(DATA_FILES.notes)!
		) as NotesFile;
		for (const f of all) {
			expect(stored.features[f.properties.id]!.properties).not.toHaveProperty('aliases');
			expect(stored.features[f.properties.id]!.properties).not.toHaveProperty('shared_aliases');
			expect(notes.features[f.properties.id]!.aliases).toEqual(f.properties.aliases);
		}
	});
	it('expands to exactly what the map draws from the geodata', () => {
		const map = expandMapFile(stored);
		const drawn = prepareMapData(geodata!, joined.quotes, joined.articles);
		expect(map.places).toEqual(drawn.places);
		expect(map.lines).toEqual(drawn.lines);
		expect(map.posts).toEqual(drawn.posts);
		expect(compactMapFile(map)).toEqual(stored);
	});
	it('centres on the point, or the middle of the bounding box', () => {
		for (const f of all) {
			const [w, s, e, n] = bbox(f.geometry);
			const want = f.geometry.type === 'Point' ? f.geometry.coordinates : [(w + e) / 2, (s + n) / 2];
			expect(centerOf(f.geometry)).toEqual(want);
		}
		expect(expandMapFile(stored).details['shusha']!.center).toEqual([46.7499, 39.7601]);
	});
});
