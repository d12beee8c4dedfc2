import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvents } from './events';
import { formatGeodataError } from './validate';

const FILE = 'geodata/events.json';

describe('geodata/events.json (the time strip’s marks)', () => {
	it('validates, in date order, from the war to the withdrawal', () => {
		const { events, errors } = parseEvents(FILE, readFileSync(FILE, 'utf8'));
		expect(errors.map(formatGeodataError)).toEqual([]);
		expect(events[0]!.date).toBe('2020-09-27');
		expect(events.at(-1)!.date).toBe('2024-06-12');
		for (const label of ['deploy', 'corridor', 'Blockade', 'offensive', 'dismantled', 'Withdrawal'])
			expect(
				events.some((e) => e.label.includes(label)),
				label
			).toBe(true);
	});

	it('names the entry and the field of each problem', () => {
		const bad = JSON.stringify([
			{ date: '2021-02-30', label: 'x', sources: [{ title: 't', url: 'https://e.org/' }] },
			{ date: '2021-01-01', label: '', sources: [] },
			{ date: '2020-01-01', label: 'early', sources: [{ title: 't', url: 'ftp://e.org/' }], extra: 1 }
		]);
		const lines = parseEvents(FILE, bad).errors.map(formatGeodataError);
		expect(lines.some((l) => l.startsWith(`${FILE}: entry #1: date:`))).toBe(true);
		expect(lines.some((l) => l.startsWith(`${FILE}: entry #2: label:`))).toBe(true);
		expect(lines.some((l) => l.startsWith(`${FILE}: entry #2: sources:`))).toBe(true);
		expect(lines.some((l) => l.startsWith(`${FILE}: entry #3:`))).toBe(true);
		expect(parseEvents(FILE, '{').errors).toHaveLength(1);
	});

	it('refuses events out of date order', () => {
		const src = [{ title: 't', url: 'https://e.org/' }];
		const text = JSON.stringify([
			{ date: '2023-01-01', label: 'b', sources: src },
			{ date: '2022-01-01', label: 'a', sources: src }
		]);
		expect(parseEvents(FILE, text).errors.map(formatGeodataError)).toEqual([
			`${FILE}: entry #2: date: events must be in date order`
		]);
	});
});
