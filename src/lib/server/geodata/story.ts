/**
 * geodata/story.json: guided stories through the mission, as data. Each step has a date range, a
 * camera (a centre and zoom, or bounds), the feature it selects and its sources. The shape is
 * checked here with the geodata's own rules (dates, sources, slugs); the cross-checks need the
 * rest of geodata/: the feature must exist, and every source must be one of the features' own or
 * one of geodata/events.json's, so a caption cites nothing the map does not. Errors name the file,
 * the story and step, and the field, like every geodata error.
 */
import * as v from 'valibot';
import { IsoDate, Source } from './schema';
import type { GeodataError } from './validate';

const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug'));
const Text = (max: number) =>
	v.pipe(v.string(), v.nonEmpty('must not be empty'), v.maxLength(max, `must be at most ${max} characters`));
const Lng = v.pipe(
	v.number(),
	v.minValue(-180, 'must be a longitude'),
	v.maxValue(180, 'must be a longitude')
);
const Lat = v.pipe(v.number(), v.minValue(-90, 'must be a latitude'), v.maxValue(90, 'must be a latitude'));
const LngLat = v.tuple([Lng, Lat], 'must be [longitude, latitude]');

export const StoryCamera = v.union(
	[
		v.strictObject({
			center: LngLat,
			zoom: v.pipe(v.number(), v.minValue(0, 'must be 0–22'), v.maxValue(22, 'must be 0–22'))
		}),
		v.strictObject({ bounds: v.tuple([LngLat, LngLat], 'must be [[west, south], [east, north]]') })
	],
	'must be {center: [lng, lat], zoom} or {bounds: [[west, south], [east, north]]}'
);
export type StoryCamera = v.InferOutput<typeof StoryCamera>;

export const StoryStepData = v.strictObject({
	id: Slug,
	title: Text(80),
	/** In the editors' own neutral words; both names of contested places. */
	caption: Text(400),
	from: IsoDate,
	to: IsoDate,
	camera: StoryCamera,
	/** The feature selected (its popup opens); must be a curated feature id. */
	feature: Slug,
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
});
export type StoryStepData = v.InferOutput<typeof StoryStepData>;

export const Story = v.strictObject({
	id: Slug,
	title: Text(80),
	steps: v.pipe(v.array(StoryStepData), v.minLength(1, 'needs at least one step'))
});
export type Story = v.InferOutput<typeof Story>;

export interface StoryRefs {
	/** Every curated feature id. */
	featureIds: ReadonlySet<string>;
	/** Every source URL of the curated features and of geodata/events.json. */
	sourceUrls: ReadonlySet<string>;
}

/** Parse and check story.json; the stories are returned only when there is no error. */
export function parseStories(
	file: string,
	text: string,
	refs: StoryRefs
): { stories: Story[]; errors: GeodataError[] } {
	const errors: GeodataError[] = [];
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return {
			stories: [],
			errors: [{ file, feature: null, field: null, message: `invalid JSON (${(e as Error).message})` }]
		};
	}
	if (!Array.isArray(raw))
		return {
			stories: [],
			errors: [{ file, feature: null, field: null, message: 'must be a list of stories' }]
		};
	const stories: Story[] = [];
	const storyIds = new Set<string>();
	raw.forEach((item, i) => {
		const rawId = (item as { id?: unknown } | null)?.id;
		const storyName = typeof rawId === 'string' && rawId ? rawId : `#${i + 1}`;
		/** `mission/corridor`: the story and the step, when the step has an id. */
		const where = (path: string) => {
			const m = /^steps\.(\d+)/.exec(path);
			const stepId = m ? (item as { steps?: { id?: unknown }[] }).steps?.[Number(m[1])]?.id : undefined;
			return typeof stepId === 'string' && stepId ? `${storyName}/${stepId}` : storyName;
		};
		const report = (path: string | null, message: string) =>
			errors.push({
				file,
				feature: where(path ?? ''),
				field: path ? path.replace(/\.(\d+)(?=\.|$)/g, '[$1]') : null,
				message
			});
		const r = v.safeParse(Story, item);
		if (!r.success) {
			const seen = new Set<string>();
			for (const issue of r.issues) {
				const path = v.getDotPath(issue) ?? '';
				if (seen.has(path)) continue;
				seen.add(path);
				report(path || null, issue.input === undefined ? 'is required' : issue.message);
			}
			return;
		}
		const story = r.output;
		if (storyIds.has(story.id)) report('id', 'is not unique');
		storyIds.add(story.id);
		const stepIds = new Set<string>();
		story.steps.forEach((step, s) => {
			const at = (field: string) => `steps.${s}.${field}`;
			if (stepIds.has(step.id)) report(at('id'), 'is not unique in its story');
			stepIds.add(step.id);
			if (step.to < step.from) report(at('to'), `${step.to} is before from ${step.from}`);
			if (!refs.featureIds.has(step.feature))
				report(at('feature'), `"${step.feature}" is not a curated feature id`);
			step.sources.forEach((src, k) => {
				if (!refs.sourceUrls.has(src.url))
					report(
						`${at('sources')}.${k}.url`,
						'is not a source of any curated feature or of geodata/events.json; cite one of those'
					);
			});
			if ('bounds' in step.camera) {
				const [[w, south], [e, n]] = step.camera.bounds;
				if (!(w < e && south < n))
					report(
						at('camera.bounds'),
						'must be [[west, south], [east, north]] with west < east, south < north'
					);
			}
		});
		stories.push(story);
	});
	return { stories: errors.length ? [] : stories, errors };
}

type WithSources = { features: { properties: { id: string; sources: { url: string }[] } }[] };

/** What a story may refer to: the curated features' ids, their sources' and the events' URLs. */
export function storyRefs(
	collections: readonly WithSources[],
	events: readonly { sources: { url: string }[] }[]
): StoryRefs {
	const features = collections.flatMap((c) => c.features.map((f) => f.properties));
	return {
		featureIds: new Set(features.map((p) => p.id)),
		sourceUrls: new Set([...features, ...events].flatMap((x) => x.sources.map((s) => s.url)))
	};
}
