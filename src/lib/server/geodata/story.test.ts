import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEvents } from './events';
import { loadGeodata } from './load';
import { parseStories, storyRefs } from './story';
import { formatGeodataError } from './validate';

const FILE = 'geodata/story.json';
const refs = {
	featureIds: new Set(['corridor', 'post-1']),
	sourceUrls: new Set(['https://example.org/a', 'https://example.org/b'])
};
const step = (extra: Record<string, unknown> = {}) => ({
	id: 'one',
	title: 'One',
	caption: 'A caption.',
	from: '2020-11-10',
	to: '2020-11-30',
	camera: { center: [46.6, 39.7], zoom: 9 },
	feature: 'corridor',
	sources: [{ title: 'A', url: 'https://example.org/a' }],
	...extra
});
const parse = (steps: unknown[], story: Record<string, unknown> = {}) =>
	parseStories(FILE, JSON.stringify([{ id: 'tour', title: 'Tour', steps, ...story }]), refs);
const lines = (r: ReturnType<typeof parse>) => r.errors.map(formatGeodataError);

describe('story.json', () => {
	it('accepts a valid story with a centre or bounds', () => {
		const r = parse([
			step(),
			step({
				id: 'two',
				camera: {
					bounds: [
						[46, 39],
						[47, 40]
					]
				}
			})
		]);
		expect(r.errors).toEqual([]);
		expect(r.stories[0]!.steps).toHaveLength(2);
	});

	it('names the story, the step and the field of each problem', () => {
		expect(lines(parse([step({ feature: 'nowhere' })]))).toEqual([
			'geodata/story.json: entry "tour/one": steps[0].feature: "nowhere" is not a curated feature id'
		]);
		expect(
			lines(parse([step({ sources: [{ title: 'X', url: 'https://example.org/elsewhere' }] })]))[0]
		).toMatch(
			/entry "tour\/one": steps\[0\]\.sources\[0\]\.url: is not a source of any curated feature or of geodata\/events\.json/
		);
		expect(lines(parse([step({ to: '2020-11-01' })]))[0]).toMatch(
			/steps\[0\]\.to: 2020-11-01 is before from 2020-11-10/
		);
		expect(lines(parse([step({ from: '2020-02-30' })]))[0]).toMatch(
			/steps\[0\]\.from: is not a real calendar date/
		);
		expect(lines(parse([step({ camera: { zoom: 9 } })]))[0]).toMatch(/steps\[0\]\.camera: must be \{center/);
		expect(
			lines(
				parse([
					step({
						camera: {
							bounds: [
								[47, 39],
								[46, 40]
							]
						}
					})
				])
			)[0]
		).toMatch(/west < east/);
		expect(lines(parse([step(), step()]))[0]).toMatch(/steps\[1\]\.id: is not unique in its story/);
		expect(lines(parse([step({ caption: undefined })]))[0]).toMatch(
			/entry "tour\/one": steps\[0\]\.caption: is required/
		);
		expect(lines(parse([step({ colour: 'red' })]))[0]).toMatch(/steps\[0\]\.colour/);
		expect(lines(parse([]))[0]).toMatch(/entry "tour": steps: needs at least one step/);
	});

	it('refuses broken JSON and a non-list', () => {
		expect(parseStories(FILE, '{', refs).errors[0]!.message).toMatch(/invalid JSON/);
		expect(parseStories(FILE, '{}', refs).errors[0]!.message).toMatch(/must be a list/);
	});

	it('geodata/story.json is valid and walks the mission from deployment to withdrawal', () => {
		const { geodata } = loadGeodata('geodata');
		const events = parseEvents('geodata/events.json', readFileSync('geodata/events.json', 'utf8')).events;
		const r = parseStories(
			FILE,
			readFileSync(FILE, 'utf8'),
			storyRefs([geodata!.places, geodata!.lines, geodata!.posts], events)
		);
		expect(r.errors.map(formatGeodataError)).toEqual([]);
		const mission = r.stories.find((s) => s.id === 'mission')!;
		expect(mission.steps.map((s) => s.id)).toEqual([
			'deployment',
			'corridor',
			'corridor-move',
			'blockade',
			'offensive',
			'posts-dismantled',
			'withdrawal'
		]);
		const froms = mission.steps.map((s) => s.from);
		expect(froms).toEqual([...froms].sort());
	});
});
