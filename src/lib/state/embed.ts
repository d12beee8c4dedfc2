/**
 * The embed mode (`/embed`): the map, the time strip and the popup, for a newsroom's iframe. The
 * snippet points at the view shown now (time, comparison, story step, feature, camera), so the
 * iframe opens where the reader was; `viewSearch` writes it, as it writes every link.
 */
import { viewSearch, type ViewParams } from './url';

/**
 * The addresses of a view on the full map (`<base>/`) and embedded (`<base>/embed`, a page of its
 * own so that its first paint has no sidebar), with the camera hash kept. `?embed` on the full map
 * is still read, for links made before the embed page existed.
 */
export function mapUrls(origin: string, base: string, view: ViewParams, hash: string) {
	const { embed: _drop, ...rest } = view;
	void _drop;
	const search = viewSearch(rest);
	return { full: `${origin}${base}/${search}${hash}`, embed: `${origin}${base}/embed${search}${hash}` };
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An `<iframe>` of the view, to paste into a page. */
export function embedSnippet(url: string, title: string): string {
	return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="520" style="border:0" loading="lazy" allowfullscreen></iframe>`;
}
