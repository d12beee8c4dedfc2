/**
 * Keeps an opened feature in view beside its popup: its point, or the box of its line or area,
 * must lie in the part of the map the card (desktop) or the sheet (phone) leaves free. If it
 * already does, the camera stays; otherwise it eases there, zooming out only when the box does
 * not fit. Loaded with the first popup, like the popup's own code.
 */
import { bbox } from '@turf/bbox';
import type { Feature } from 'geojson';
import type { LngLatBoundsLike, Map as MaplibreMap } from 'maplibre-gl';
import type { Padding } from '$lib/ui/sheet';

export type Box = [number, number, number, number];

/** Room kept between the feature and the card or the map's edge, in pixels. */
export const FOCUS_MARGIN = 24;

export function featureBox(feature: Feature): Box {
	const [w, s, e, n] = bbox(feature);
	return [w, s, e, n];
}

/** The free part of a `width` × `height` map, in pixels, as [left, top, right, bottom]. */
export function freeRect(width: number, height: number, pad: Padding, margin = FOCUS_MARGIN): Box {
	return [pad.left + margin, pad.top + margin, width - pad.right - margin, height - pad.bottom - margin];
}

/** Whether the box is drawn inside the free part of the map at the map's current camera. */
export function boxIsFree(map: MaplibreMap, box: Box, pad: Padding): boolean {
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const [l, t, r, b] = freeRect(width, height, pad);
	const sw = map.project([box[0], box[1]]);
	const ne = map.project([box[2], box[3]]);
	return sw.x >= l && ne.x <= r && ne.y >= t && sw.y <= b;
}

/**
 * Moves the camera so the box lies in the free part of the map, centred there. `zoom` sets a
 * zoom to use at least (a link opened without a camera); `animate: false` jumps.
 */
export function focusBox(
	map: MaplibreMap,
	box: Box,
	pad: Padding,
	{ zoom, animate = true }: { zoom?: number; animate?: boolean } = {}
): void {
	if (zoom === undefined && boxIsFree(map, box, pad)) return;
	const bounds: LngLatBoundsLike = [
		[box[0], box[1]],
		[box[2], box[3]]
	];
	const margin = FOCUS_MARGIN;
	const fit = map.cameraForBounds(bounds, {
		padding: {
			top: pad.top + margin,
			bottom: pad.bottom + margin,
			left: pad.left + margin,
			right: pad.right + margin
		}
	});
	const current = zoom ?? map.getZoom();
	const target = Math.min(current, fit?.zoom ?? current);
	// `offset` puts the centre in the middle of the free part without making the padding stick to the map.
	const options = {
		center: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] as [number, number],
		zoom: target,
		offset: [(pad.left - pad.right) / 2, (pad.top - pad.bottom) / 2] as [number, number]
	};
	map.easeTo({ ...options, duration: animate ? 600 : 0 });
}

/**
 * Brings an opened feature into the free part of the map (see `focusBox`). On a phone, where the
 * popup is a sheet over the bottom of the window, the map is scrolled into the window first.
 */
export async function focusFeature(
	map: MaplibreMap,
	feature: Feature,
	options: { zoom?: number; animate?: boolean } = {}
): Promise<void> {
	const { sheetAtBottom, sheetPadding } = await import('$lib/ui/sheet');
	const container = map.getContainer();
	if (sheetAtBottom() && container.getBoundingClientRect().top < 0)
		window.scrollBy({ top: container.getBoundingClientRect().top, behavior: 'instant' });
	focusBox(map, featureBox(feature), sheetPadding(container), options);
}
