/**
 * What a step of a guided story does: the view it shows and where it moves the camera.
 * The stories themselves are data (geodata/story.json → static/data/story.json).
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Story, StoryCamera } from '$lib/server/geodata/story';
import type { ViewParams } from '$lib/state/url';

/** Move the map to a step's camera (a centre and zoom, or bounds), leaving `padding` free for the popup. */
export function moveCamera(
	map: MaplibreMap,
	camera: StoryCamera,
	padding: { top: number; right: number; bottom: number; left: number }
): void {
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
	const duration = reduce ? 0 : 800;
	if ('bounds' in camera)
		map.fitBounds(camera.bounds, {
			padding: {
				top: padding.top + 20,
				left: padding.left + 20,
				bottom: padding.bottom + 20,
				right: padding.right + 20
			},
			duration
		});
	else map.easeTo({ center: camera.center, zoom: camera.zoom, padding, duration });
}

/**
 * The view a step shows: its dates as the time shown and its feature selected; null when the
 * story or the step does not exist (the page then falls back to the free map).
 */
export function stepView(stories: readonly Story[], at: { id: string; step: number }): ViewParams | null {
	const step = stories.find((s) => s.id === at.id)?.steps[at.step - 1];
	if (!step) return null;
	return { periods: [], range: { start: step.from, end: step.to }, place: step.feature, story: { ...at } };
}
