/**
 * Page furniture: the lines a saved web page carries around the article (navigation, tag bars,
 * bylines, captions, "Read more" headlines, disclaimers, share buttons). They are never reporting,
 * so no quote or passage comes from them; the ingest report lists each with its reason, so an
 * editor can see what was skipped.
 */

/** A furniture rule: the line's test and what the report calls it. */
interface Rule {
	re: RegExp;
	why: string;
	/** A cheap test that must hold before `re` is tried (an end-anchored pattern is costly on every line). */
	gate?: (text: string) => boolean;
}

const RULES: Rule[] = [
	{ re: /^Home\s*[»>|/]/, why: 'navigation' },
	{ re: /^(?:Read|See) (?:more|also)\b|^(?:Also|More) read\b|^Related(?: (?:news|articles|stories))?\s*:|^More on (?:this|the topic)\b/i, why: '“read more” link' },
	{ re: /^(?:Region|Regions|Tags?|Topics?|Categor(?:y|ies)|Keywords?|Rubric|Section|Filed under)\s*:/i, why: 'tag line' },
	{ re: /^(?:By|Author|Written by|Reporting by|Editing by|Reported by|Text by)\s*:?\s+\p{Lu}[\p{L}.’'-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}.’'-]*){0,5}\.?$/u, why: 'byline' },
	{ re: /^\(?(?:Reporting|Writing|Additional reporting|Editing) by\b/i, why: 'wire credits' },
	{ re: /^Photo( of author)?\b|^(?:Photo|Image|Picture|Illustration|Caption|Video) ?(?:credit|caption)?\s*[:,]|^(?:File|Illustrative|Archive) (?:photo|image)\b|^Screenshot\b/i, why: 'photo caption' },
	// A credit at the end of the line: "(AFP Photo)", "(Photolur)", "[Al Jazeera]", "© AFP".
	{ gate: (t) => /[)\]]\.?$/.test(t) || t.includes('©'), re: /(?:\((?:\p{Lu}[\p{L}.]*\s+)*Photo(?:lur)?\)|\((?:Photolur|PAN Photo|AP Photo[^)]*)\)|\[\p{Lu}[\p{L} .]{1,30}\]|©\s*\p{Lu}[\p{L} .]{1,30})\.?$/u, why: 'photo caption' },
	{ re: /\((?:Photo|Image|Picture)\s*:[^)]*\)\s*$|\b(?:Photo|Image)\s*(?:credit)?\s*:\s*[^.]{2,60}$|\s[|/]\s*(?:Photo\b|[A-Z]{2,}(?:\/[\p{L} ]+)?$)/u, why: 'photo caption' },
	{ re: /^Source\s*:/i, why: 'source line' },
	{ re: /^(?:Share(?: this)?|Print|Email|Tweet)\s*:?$|^Share (?:on|this)\b|^Follow (?:us|the\s+\S+|\p{Lu}[\p{L}.]*) on\b|^Follow\b.{1,40}:$|^Support us\b|\bSupport us with a donation\b|^(?:Subscribe|Sign up|Join) (?:to|for|our|us)\b|^Click here\b|^Download (?:our|the) app\b/iu, why: 'share or subscribe line' },
	{ re: /^(?:©|\(c\)|Copyright\b)|All rights reserved\.?$/i, why: 'copyright line' },
	{ re: /^The (?:views|opinions) expressed\b|^(?:Disclaimer|Note from the editor|Editor’s note)\s*:|^This (?:article|story|material) (?:was|has been|is) (?:first |originally )?(?:published|updated|translated|produced)\b|reproduction\b.*\bprohibited|^Any use of (?:the )?materials\b|\bwebsite contains only (?:a )?(?:portion|part) of the news\b/i, why: 'disclaimer' },
	{ re: /\bcontributed (?:reporting )?to this (?:report|story)\.?$|^By\b.*\|.*$|\b\d+ min(?:ute)? read$/i, why: 'byline' },
	{ re: /^(?:Explainer|Analysis|Opinion|Watch|Listen|Video|Podcast|Live|Timeline)\s*:\s/, why: '“read more” link' },
	{ re: /^Load more\b|^\d+ comments?$|^Comments?\s*\(\d+\)$|^Show (?:more )?replies\b/i, why: 'comment section chrome' },
	{ re: /\bThe views expressed (?:here |in this [a-z]+ )?are (?:his|her|their|the author’s|the author's) own\b/i, why: 'disclaimer' },
	{ re: /\bwe use cookies\b|\bcookie (?:policy|settings)\b|^Accept all\b|\bManage (?:settings|cookies)\b/i, why: 'cookie notice' },
	{ re: /^For (?:further|more) information,? (?:please )?contact\b|\b(?:tel|phone|fax|e-?mail)\s*[:.]\s*[+\d\w]/i, why: 'contact line' },
	{ re: /^(?:Support|Donate to) (?:our|independent|us)\b|\bDonate (?:today|now)\b|\beditorial (?:principles|policy|standards)\b|\breflects? the (?:views|opinions?) of the author\b|^(?:Most (?:read|popular)|Trending|Editor’s picks|Recommended)\s*:?$/i, why: 'page chrome' },
	{ re: /^(?:COMMENTARY|ANALYSIS|OPINION|INTERVIEW|EXCLUSIVE|BREAKING(?: NEWS)?|UPDATE|LIVE|FEATURE|EXPLAINER|EDITORIAL|NEWS)$/, why: 'section label' },
	{ re: /^Leave a (?:Comment|Reply)\b|^Discussion Policy$|^Comments are welcomed|^Advertisement$|^ADVERTISEMENT$/i, why: 'page chrome' },
	{ re: /^(?:Share|Related|Tags|Read more|Advertisement)\b/i, why: 'page chrome' }
];

/** The longest furniture line seen in saved pages (a wire service's subscriber disclaimer). */
const LONGEST = 320;

/** A run of capitalised words with no punctuation: a category or tag bar. */
const TAG_BAR = /^(?:\p{Lu}[\p{L}&-]*\s+){3,}\p{Lu}[\p{L}&-]*$/u;
/**
 * "ANKARA", "STEPANAKERT, Nagorno-Karabakh", "Baku, January 30, AZERTAC", "Baku. 13 December. REPORT.AZ",
 * and a wire's dateline with its credit on a line of its own: "GORIS, Armenia (AFP) -", "YEREVAN (AP) —".
 */
const DATELINE = /^\p{Lu}{3,}(?:[\s,–—-]+\p{Lu}[\p{L}-]*)*(?:\s*\(\p{Lu}[\p{L}/ .]{1,20}\)\s*[-–—])?$|^\p{Lu}[\p{L}-]+[,.]\s+(?:\p{Lu}[a-z]+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}[a-z]+)\b/u;
/** How a real paragraph ends: a full stop, a question, a quote or bracket closing one, a colon before a quote. */
const ENDS_LIKE_PROSE = /[.!?…:;"”»’)\]]$/;

/**
 * Why the line `text` is furniture, or null. `title` is the article's headline; `repeats` says
 * whether the same line occurs twice in the body (a caption or a headline echo).
 */
export function furnitureReason(text: string, title: string, repeats: boolean): string | null {
	// Furniture is a line of a few words; a long paragraph is reporting (and the rules are costly on it).
	if (text.length <= LONGEST) for (const r of RULES) if ((!r.gate || r.gate(text)) && r.re.test(text)) return r.why;
	if (repeats) return 'repeated line (caption or headline echo)';
	const t0 = title.trim().toLowerCase();
	// Lower-casing never shortens a string: a paragraph longer than the title is not its echo.
	if (t0 !== '' && text.length <= t0.length && text.toLowerCase() === t0) return 'headline';
	if (TAG_BAR.test(text) && !/[.,;:!?]/.test(text)) return 'tag bar';
	// A short line that does not end as prose does (a headline, a subhead, a caption without a full
	// stop): reporting is written in sentences. Ten words is the longest headline kept as furniture.
	// A dateline ("BAKU", "Baku, January 30, AZERTAC") opens the reporting: it is not furniture.
	// A heading of one or two capitalised words ("Azerbaijan" in a weekly roundup) opens a section of
	// reporting; "By admin", "Press office" are chrome.
	if (ENDS_LIKE_PROSE.test(text)) return null;
	const words = text.split(/\s+/);
	const heading = words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^By\b/.test(text);
	if (!heading && words.length <= 10 && !/[“"«‘]/.test(text) && !DATELINE.test(text)) {
		return 'headline or caption';
	}
	return null;
}
