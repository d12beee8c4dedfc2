// The build's data step: curated geodata + article corpus → validation → join → static JSON.
// Everything the page loads is written to static/data/ (git-ignored) from files in this repo.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBasemap } from './lib/basemap.ts';

const OUT = 'static/data';

function curatedPlaceNames(): Set<string> {
	const file = 'geodata/places.geojson';
	const names = new Set<string>();
	if (!existsSync(file)) return names;
	const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { names?: string[] } }[] };
	for (const f of fc.features) for (const n of f.properties.names ?? []) names.add(n.toLowerCase());
	return names;
}

mkdirSync(OUT, { recursive: true });
const basemap = buildBasemap('geodata/basemap', curatedPlaceNames());
writeFileSync(join(OUT, 'basemap.geojson'), JSON.stringify(basemap));
console.log(`basemap: ${basemap.features.length} features → ${OUT}/basemap.geojson`);
