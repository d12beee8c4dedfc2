// An invented article for the geoparser's tests, parsed as the corpus parses a file, and the
// curated geodata/ the engine joins against (null where a test tree has no geodata/).
import { existsSync } from 'node:fs';
import { loadGeodata } from '../../geodata/load';
import { parseArticle } from '../article';

export function articleOf(body: string, { date = '2021-03-01', title = 'T', id = 'a' } = {}) {
	return parseArticle(new TextEncoder().encode(`title: ${title}\nsource: S\ndate: ${date}\n\n${body}`), `${id}.txt`, id);
}

export const curatedGeodata = existsSync('geodata/places.geojson') ? loadGeodata('geodata').geodata : null;
