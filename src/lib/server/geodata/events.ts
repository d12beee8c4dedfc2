/**
 * geodata/events.json: the dated events the time strip marks (deployment, the corridor's move,
 * the blockade, the offensive, the withdrawal), each with its sources. Validated with the same
 * schema rules as the rest of geodata/ and reported in the same one-line form.
 */
import * as v from 'valibot';
import { IsoDate, Source } from './schema';
import type { GeodataError } from './validate';

export const TimelineEvent = v.strictObject({
	date: IsoDate,
	/** 'month' when the sources give only the month (the blockade, "December 2022"). */
	date_precision: v.optional(v.picklist(['day', 'month'], 'must be one of day, month')),
	label: v.pipe(
		v.string(),
		v.nonEmpty('must not be empty'),
		v.maxLength(80, 'must be at most 80 characters')
	),
	sources: v.pipe(v.array(Source), v.minLength(1, 'needs at least one source'))
});
export type TimelineEvent = v.InferOutput<typeof TimelineEvent>;

export function parseEvents(file: string, text: string): { events: TimelineEvent[]; errors: GeodataError[] } {
	const errors: GeodataError[] = [];
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return { events: [], errors: [{ file, feature: null, field: null, message: (e as Error).message }] };
	}
	if (!Array.isArray(raw))
		return { events: [], errors: [{ file, feature: null, field: null, message: 'must be a list' }] };
	const events: TimelineEvent[] = [];
	raw.forEach((item, i) => {
		const r = v.safeParse(TimelineEvent, item);
		if (r.success) events.push(r.output);
		else
			for (const issue of r.issues)
				errors.push({
					file,
					feature: `#${i + 1}`,
					field: v.getDotPath(issue) ?? null,
					message: issue.message
				});
	});
	for (let i = 1; i < events.length; i++)
		if (events[i]!.date < events[i - 1]!.date)
			errors.push({ file, feature: `#${i + 1}`, field: 'date', message: 'events must be in date order' });
	return { events, errors };
}
