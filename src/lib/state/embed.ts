/**
 * The embed mode (`?embed`): the map, the time strip and the popup, for a newsroom's iframe. The
 * snippet points at the view shown now (time, comparison, story step, feature, camera), so the
 * iframe opens where the reader was; `viewSearch` writes it, as it writes every link.
 */
import { viewSearch, type ViewParams } from './url';

/** The address of a view: `embed` on or off, the camera hash kept. */
export function viewUrl(
	origin: string,
	path: string,
	view: ViewParams,
	hash: string,
	embed: boolean
): string {
	const { embed: _drop, ...rest } = view;
	void _drop;
	return `${origin}${path}${viewSearch(embed ? { ...rest, embed: true } : rest)}${hash}`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An `<iframe>` of the view, to paste into a page. */
export function embedSnippet(url: string, title: string): string {
	return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}
