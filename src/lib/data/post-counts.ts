/**
 * How many observation posts the map draws, and how that number stands against the reported
 * counts (geodata/post-counts.json). The about page and the legend say the same thing from here:
 * the number drawn is counted from the data, never written by hand.
 */
import type { PostCount } from './types';

export const OBSERVATION_POST = 'observation post';

interface HasKind {
	group: string;
	properties: { kind: string };
}

/** The observation posts drawn on the map (temporary posts, the HQ and guarded sites apart). */
export function drawnObservationPosts(details: Record<string, HasKind>): number {
	return Object.values(details).filter((d) => d.group === 'post' && d.properties.kind === OBSERVATION_POST)
		.length;
}

export interface PostCountStory {
	drawn: number;
	/** The reported count of posts in place that the map draws, if any. */
	basis: PostCount | undefined;
	/** Other counts of posts in place reported later: where they disagree with what is drawn. */
	later: PostCount[];
}

const inPlace = (c: PostCount) => (c.status ?? 'deployed') === 'deployed';

export function postCountStory(drawn: number, counts: readonly PostCount[]): PostCountStory {
	const basis = counts.find((c) => inPlace(c) && c.posts === drawn);
	const later = counts.filter((c) => inPlace(c) && c.posts !== drawn && (!basis || c.date > basis.date));
	return { drawn, basis, later };
}
