// Variant keys: the romanisation choices folded away, so two spellings of one name share a key.
import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from './matcher';
import { variantIndex, variantKey } from './variants';

describe('variantKey', () => {
	it('gives Qubadlı, Gubadly and Kubatly one key', () => {
		expect(variantKey('Qubadlı')).toBe('gubadla');
		expect(variantKey('Gubadly')).toBe('gubadla');
		expect(variantKey('Kubatly')).toBe('gubadla');
	});
	it('gives Xocalı, Khojaly and Khodjaly one key', () => {
		expect(variantKey('Xocalı')).toBe('hojala');
		expect(variantKey('Khojaly')).toBe('hojala');
		expect(variantKey('Khodjaly')).toBe('hojala');
	});
	it('gives Cəbrayıl, Jabrayil and Dzhebrail one key', () => {
		expect(new Set(['Cəbrayıl', 'Jabrayil', 'Dzhebrail'].map((n) => variantKey(n)))).toEqual(
			new Set(['jabrail'])
		);
	});
	it('reads a Russian adjective of a town as the town (Агдамский район)', () => {
		expect(variantKey('Агдамский')).toBe(variantKey('Agdam'));
		expect(variantKey('Физулинская')).toBe(variantKey('Fizulin'));
	});
	it('reads Cyrillic as the English press romanises it', () => {
		expect(variantKey('Физули')).toBe('fizula');
		expect(variantKey('Физули')).toBe(variantKey('Fizuli'));
		expect(variantKey('Ходжалы')).toBe(variantKey('Khojaly'));
	});
	it('keeps vowels apart strictly and folds them loosely', () => {
		expect(variantKey('Span')).toBe('span');
		expect(variantKey('Spain')).toBe('spain');
		expect(variantKey('Span')).not.toBe(variantKey('Spain'));
		expect(variantKey('Span', true)).toBe(variantKey('Spain', true));
		// Fizuli and Füzuli differ in a vowel: only the loose key joins them (and the Cyrillic).
		expect(variantKey('Fizuli')).not.toBe(variantKey('Füzuli'));
		expect(new Set(['Fizuli', 'Füzuli', 'Fuzuli', 'Физули'].map((n) => variantKey(n, true)))).toEqual(
			new Set(['fazala'])
		);
	});
	it('keeps names with different consonants apart', () => {
		expect(variantKey('Goris')).not.toBe(variantKey('Kapan'));
		expect(variantKey('Lachin')).not.toBe(variantKey('Latin'));
	});
});

describe('variantIndex', () => {
	const entry = (id: string, names: string[], layer: GazetteerEntry['layer'] = 'places'): GazetteerEntry => ({
		id,
		name: names[0]!,
		layer,
		names,
		kind: 'town'
	});
	const index = variantIndex([
		entry('qubadli', ['Qubadli', 'Qubadlı']),
		entry('khojaly', ['Khojaly', 'Xocalı']),
		entry('fuzuli', ['Fuzuli', 'Физули']),
		entry('spain', ['Spain']),
		entry('tegh', ['Tegh']),
		entry('post-1', ['Observation post Kubatly'], 'posts'),
		// Two features whose names share a key: a variant of them is ambiguous.
		entry('martuni-am', ['Martuni']),
		entry('martuni-nk', ['Mardunı'])
	]);
	it('finds the feature and the curated name a variant stands for', () => {
		expect(index.lookup('Kubatly')).toEqual({ ids: ['qubadli'], name: 'Qubadli' });
		expect(index.lookup('Gubadly')).toEqual({ ids: ['qubadli'], name: 'Qubadli' });
		expect(index.lookup('Khodjaly')).toEqual({ ids: ['khojaly'], name: 'Khojaly' });
	});
	it('finds a Cyrillic name’s Latin spelling', () => {
		expect(index.lookup('Fizuli')).toEqual({ ids: ['fuzuli'], name: 'Физули' });
	});
	it('does not take Span for Spain strictly, only loosely', () => {
		expect(index.lookup('Span')).toBeUndefined();
		expect(index.lookup('Span', true)).toEqual({ ids: ['spain'], name: 'Spain' });
	});
	it('ignores keys shorter than four letters and the names of posts', () => {
		expect(index.lookup('Teh')).toBeUndefined();
		expect(index.lookup('Tegh')).toBeUndefined();
		expect(index.lookup('Observation post Gubadly')).toBeUndefined();
	});
	it('gives both features for a spelling two of them share', () => {
		expect(index.lookup('Martouni')).toEqual({ ids: ['martuni-am', 'martuni-nk'], name: 'Martuni' });
	});
	it('reads ğ as gh or g (Qarabağ is Karabagh; Tagavard is Tağaverd)', () => {
		const az = variantIndex([
			entry('karabakh', ['Karabakh', 'Karabagh']),
			entry('taghavard', ['Taghavard', 'Tağaverd'])
		]);
		expect(az.lookup('Qarabağ')).toEqual({ ids: ['karabakh'], name: 'Karabakh' });
		expect(az.lookup('Garabagh')).toEqual({ ids: ['karabakh'], name: 'Karabakh' });
		expect(az.lookup('Tagavard')).toEqual({ ids: ['taghavard'], name: 'Tağaverd' });
		expect(az.lookup('Taghaverd')).toEqual({ ids: ['taghavard'], name: 'Taghavard' });
	});
	it('takes a German -ch or a Ukrainian H only where the swap gives a curated name exactly', () => {
		const other = variantIndex([
			entry('vardakh', ['Upper Vardakh', 'Vardakh']),
			entry('gavar', ['Gavar']),
			entry('norvale-road', ['Gavar–Norvale road'])
		]);
		expect(other.lookup('Vardach')).toEqual({ ids: ['vardakh'], name: 'Vardakh' });
		expect(other.lookup('Upper Vardach')).toEqual({ ids: ['vardakh'], name: 'Upper Vardakh' });
		expect(other.lookup('Havar')).toEqual({ ids: ['gavar'], name: 'Gavar' });
		expect(other.lookup('Havar-Norvale road')).toEqual({ ids: ['norvale-road'], name: 'Gavar–Norvale road' });
		// No curated name after the swap: nothing, and never a loose guess.
		expect(other.lookup('Bach')).toBeUndefined();
		expect(other.lookup('Harvest')).toBeUndefined();
		expect(other.lookup('Havar', true)).toBeUndefined();
	});
	it('reads a Russian adjective’s stem as the town, when asked (before "district")', () => {
		expect(index.lookupStem('Fizulin')).toEqual({ ids: ['fuzuli'], name: 'Физули' });
		const barda = variantIndex([entry('barda', ['Barda'])]);
		expect(barda.lookupStem('Bardin')).toEqual({ ids: ['barda'], name: 'Barda' });
		expect(barda.lookup('Bardin')).toBeUndefined();
	});
	it('reads an Armenian gh as the g of a Russian transliteration (Aghavno, Агавно, Agavno)', () => {
		const am = variantIndex([entry('aghavno', ['Zabukh', 'Aghavno'])]);
		expect(am.lookup('Agavno')).toEqual({ ids: ['aghavno'], name: 'Aghavno' });
		expect(am.lookup('Agavno', true)).toEqual({ ids: ['aghavno'], name: 'Aghavno' });
	});
	it('answers the same twice (the cache)', () => {
		expect(index.lookup('Kubatly')).toEqual(index.lookup('Kubatly'));
		expect(index.lookup('Nowhere')).toBeUndefined();
		expect(index.lookup('Nowhere')).toBeUndefined();
	});
});
