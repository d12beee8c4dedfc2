import type { PlaceTrace } from '$lib/data/types';
import { foldName } from '$lib/names/fold';

/**
 * How the text of an article was tied to a place, for the reader: "‘Choucha’ → Shusha, a name on
 * record for it", "‘Khodjaly’ → Khojaly, read as a spelling variant". Nothing is hidden: the join
 * is only as true as this line, and the reader can check it.
 */
export function traceText(trace: PlaceTrace, featureName: string): string {
	const found = `‘${trace.text.replace(/\s+/g, ' ')}’ → ${featureName}`;
	switch (trace.how) {
		case 'name':
			return found;
		case 'alias':
			return `${found}, another name on record for it${foldName(trace.name) === foldName(trace.text) ? '' : ` (${trace.name})`}`;
		case 'variant':
			return `${found}, read as a spelling variant of ${trace.name}`;
		case 'bracketed':
			return `${found}, the other name the text gives it in brackets`;
		case 'correction':
			return `${found}, tied by the editors`;
	}
}
