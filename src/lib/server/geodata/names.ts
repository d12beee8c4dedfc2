/**
 * Name folding for the alias rules: two names that fold to the same key are the same name to the
 * join, so they must not point at two features unless both declare it shared.
 */

import { foldName } from '../../names/fold';

/** Two names with one key are one name to the join (the matcher and the search fold the same way). */
export const normalizeName = foldName;

export interface NamedFeature {
	file: string;
	id: string;
	name: string;
	contested_name?: string | null;
	aliases: string[];
	shared_aliases?: string[];
}

export interface NameProblem {
	file: string;
	id: string;
	field: string;
	message: string;
}

/** Every name a feature answers to: its name, the other side's name and its aliases. */
export function namesOf(f: Pick<NamedFeature, 'name' | 'contested_name' | 'aliases'>): string[] {
	return [f.name, ...(f.contested_name ? [f.contested_name] : []), ...f.aliases];
}

/**
 * Each folded name must belong to one feature, unless every feature that carries it lists it in
 * `shared_aliases`; and a declared shared alias must be one of the feature's names and really shared.
 */
export function checkNames(features: readonly NamedFeature[]): NameProblem[] {
	const problems: NameProblem[] = [];
	const owners = new Map<string, NamedFeature[]>();
	for (const f of features) {
		for (const key of new Set(namesOf(f).map(normalizeName))) {
			const list = owners.get(key) ?? [];
			list.push(f);
			owners.set(key, list);
		}
	}
	for (const f of features) {
		const shared = new Set((f.shared_aliases ?? []).map(normalizeName));
		const own = new Set(namesOf(f).map(normalizeName));
		const reported = new Set<string>();
		for (const name of namesOf(f)) {
			const key = normalizeName(name);
			const others = (owners.get(key) ?? []).filter((o) => o !== f);
			if (others.length === 0 || shared.has(key) || reported.has(key)) continue;
			reported.add(key);
			const where = others.map((o) => `"${o.id}" (${o.file})`).join(', ');
			problems.push({
				file: f.file,
				id: f.id,
				field: name === f.name ? 'properties.name' : 'properties.aliases',
				message: `"${name}" is also a name of ${where}; list it in shared_aliases of every feature that carries it, or remove it`
			});
		}
		for (const name of f.shared_aliases ?? []) {
			const key = normalizeName(name);
			if (!own.has(key)) {
				problems.push({
					file: f.file,
					id: f.id,
					field: 'properties.shared_aliases',
					message: `"${name}" is not one of this feature's names or aliases`
				});
			} else if ((owners.get(key) ?? []).length < 2) {
				problems.push({
					file: f.file,
					id: f.id,
					field: 'properties.shared_aliases',
					message: `"${name}" is declared shared but no other feature has it`
				});
			}
		}
	}
	return problems;
}
