import { describe, expect, it } from 'vitest';
import { joinCorpus } from '../../src/lib/server/corpus/join';
import { loadCorpus } from '../../src/lib/server/corpus/load';
import { expandMapFile } from '../../src/lib/data/map-file';
import { DATA_FILES, type NotesFile } from '../../src/lib/data/data-files';
import { loadGeodata } from '../../src/lib/server/geodata/load';
import { buildFileContents } from './file-contents';

const { geodata } = loadGeodata('geodata');
const { articles } = loadCorpus('corpus/articles');
const files = buildFileContents(geodata!, articles, joinCorpus(articles, geodata!));
const map = expandMapFile(JSON.parse(files.get(DATA_FILES.map)!));
const notes = JSON.parse(files.get(DATA_FILES.notes)!) as NotesFile;
const all = [...geodata!.places.features, ...geodata!.lines.features, ...geodata!.posts.features];

describe('the page data', () => {
	it('keeps descriptions and sources out of the map file the page inlines', () => {
		for (const d of Object.values(map.details)) {
			expect(d.properties).not.toHaveProperty('sources');
			expect(d.properties).not.toHaveProperty('description');
		}
		expect(map).not.toHaveProperty('postCounts');
	});

	it('puts every feature’s sources and description in the notes file, none lost', () => {
		expect(Object.keys(notes.features).sort()).toEqual(Object.keys(map.details).sort());
		for (const f of all) {
			const n = notes.features[f.properties.id]!;
			expect(n.sources).toEqual(f.properties.sources);
			expect(n.sources.length).toBeGreaterThan(0);
			expect(n.description).toBe(f.properties.description);
		}
		expect(notes.postCounts).toEqual(geodata!.postCounts);
	});
});
