/**
 * Hostile article files, for tests only (never copied into corpus/articles). Each payload would set
 * `window.__pwned` if a browser ever ran it, so a page can prove it ran nothing. Built in code so
 * the 5 MB and 10,000-quote cases are not committed as files.
 */

export interface HostileArticle {
	/** File name, as an editor would save it. */
	name: string;
	content: string;
}

/** Every payload; each sets window.__pwned to a different value, so a failure says which ran. */
export const PAYLOADS = {
	script: `<script>window.__pwned='script'</script>`,
	img: `<img src="x" onerror="window.__pwned='img'">`,
	svg: `<svg onload="window.__pwned='svg'"></svg>`,
	link: `<a href="javascript:window.__pwned='link'">click</a>`,
	iframe: `<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>`,
	template: `{@html '<img src=x onerror=window.__pwned=1>'} \${window.__pwned='tpl'}`
} as const;

const P = PAYLOADS;

/** Markup in every header field and in the body, inside and outside quotes. Ingest accepts it (it is text). */
export const MARKUP: HostileArticle = {
	name: 'markup.txt',
	content:
		`id: 2023-09-25-hostile-markup\n` +
		`title: ${P.script}Peacekeepers ${P.img}leave Stepanakert\n` +
		`source: ${P.svg}Hostile Wire\n` +
		`date: 2023-09-25\n` +
		// An http(s) URL, so ingest accepts it; the quote and the brackets must stay inside the href.
		`url: https://example.org/a?q="><script>window.__pwned='url'</script>\n` +
		`date_note: ${P.iframe}\n` +
		`\n` +
		`Russian peacekeepers left a post near Stepanakert on Monday. ${P.script}\n` +
		`“${P.img} We will stay in Shusha,” the commander told reporters in Stepanakert.\n` +
		`The statement ${P.link} was read out in Goris. ${P.svg}\n` +
		`“${P.template} and ${P.iframe},” an official said of Lachin.\n`
};

/** Bidi override and zero-width characters inside names in the body (headers refuse them). */
export const INVISIBLE: HostileArticle = {
	name: 'invisible.txt',
	content:
		`id: 2023-09-26-hostile-invisible\n` +
		`title: Names with invisible characters\n` +
		`source: Hostile Wire\n` +
		`date: 2023-09-26\n` +
		`\n` +
		`The convoy reached Stepa\u200bnakert and then \u202etrekanapetS\u202c by night.\n` +
		`“We saw Shu\u2060sha burning,” said Ali\u200byev in Stepanakert.\n`
};

/** A quote mark that never closes: the quote runs to the end of its paragraph, nothing is lost. */
export const UNCLOSED: HostileArticle = {
	name: 'unclosed.txt',
	content:
		`id: 2023-09-27-hostile-unclosed\n` +
		`title: A quote that never closes\n` +
		`source: Hostile Wire\n` +
		`date: 2023-09-27\n` +
		`\n` +
		`In Stepanakert the mayor said: “we stay here ${'and we keep going '.repeat(50)}\n` +
		`Another paragraph about Shusha, « also open, and "straight too.\n`
};

/** 10,000 quotes in one article (about 450 KB, under the 1 MB body limit). */
export function manyQuotes(count = 10_000): HostileArticle {
	const body = Array.from({ length: count }, (_, i) => `“Quote ${i} from Stepanakert,” he said.`).join(' ');
	return {
		name: 'many-quotes.txt',
		content: `id: 2023-09-28-hostile-many-quotes\ntitle: Ten thousand quotes\nsource: Hostile Wire\ndate: 2023-09-28\n\n${body}\n`
	};
}

/** One 5 MB line: over the body limit, refused with a clear error. */
export function fiveMegabyteLine(): HostileArticle {
	return {
		name: 'five-mb.txt',
		content: `title: One huge line\nsource: Hostile Wire\ndate: 2023-09-29\n\n${'Stepanakert '.repeat(436_907)}`
	};
}

/** Unsafe URLs in the url header: refused by ingest, never a link. */
export const UNSAFE_URLS = [
	`javascript:window.__pwned='js-url'`,
	`JavaScript:window.__pwned='js-url'`,
	`data:text/html,<script>window.__pwned='data-url'</script>`,
	`vbscript:msgbox(1)`,
	`//evil.example/path`,
	`https://example.org/\u202egnp.exe`,
	`http://exa mple.org/`
];

export const unsafeUrlArticle = (url: string): HostileArticle => ({
	name: 'unsafe-url.txt',
	content: `title: Unsafe URL\nsource: Hostile Wire\ndate: 2023-09-30\nurl: ${url}\n\nPeacekeepers in Stepanakert.\n`
});

/** Header values with invisible or control characters: refused. */
export const UNSAFE_HEADERS: [string, string][] = [
	['bidi override in the title', `title: Peacekeepers \u202eevael\u202c Stepanakert`],
	['zero-width space in the source', `source: Hostile\u200bWire`],
	['terminal escape in the title', `title: \u001b]0;owned\u0007 Peacekeepers`],
	['BOM inside the title', `title: Peace\ufeffkeepers`]
];
