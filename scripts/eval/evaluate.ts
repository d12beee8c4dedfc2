/**
 * Loading and running for the evaluation (Node only): geodata with the project's loader, the eval
 * set with the project's article parser, the engine through engine.ts, then the pure scorer.
 */
import { loadGeodata, formatGeodataError } from '../../src/lib/server/geodata/load';
import type { Geodata } from '../../src/lib/data/types';
import { formatGoldError, loadEvalSet } from './gold';
import { runEngine } from './engine';
import { score, type Score } from './score';

export function knownIds(geodata: Geodata): Set<string> {
	return new Set(
		[...geodata.places.features, ...geodata.lines.features, ...geodata.posts.features].map(
			(f) => f.properties.id
		)
	);
}

/**
 * Load geodata and an evaluation set, run the engine on every article and score it. `root` is
 * eval/ (the set the engine was tuned on) or eval/holdout/ (written apart, never tuned on).
 */
export function evaluate(root = 'eval'): { score: Score; goldErrors: string[] } {
	const { geodata, errors } = loadGeodata('geodata');
	if (!geodata || errors.length)
		throw new Error(`geodata is not valid:\n  ${errors.map(formatGeodataError).join('\n  ')}`);
	const set = loadEvalSet(`${root}/articles`, `${root}/gold`);
	const inputs = set.articles.map((a, i) => ({
		article: a.meta.id,
		body: a.body,
		gold: set.golds[i]!,
		out: runEngine(a, geodata)
	}));
	return { score: score(inputs, knownIds(geodata)), goldErrors: set.errors.map(formatGoldError) };
}
