/**
 * Page furniture: the lines a saved web page carries around the article (navigation, tag bars,
 * bylines, captions, "Read more" headlines, disclaimers, share buttons). They are never reporting,
 * so no quote or passage comes from them; the ingest report lists each with its reason, so an
 * editor can see what was skipped.
 */
import { SAVED_PAGE_RULES } from './furniture-saved';
import { CAPTION_DATED, CAPTION_RULES, creditedCaption, ENDS_LIKE_PROSE } from './furniture-captions';
import { CHROME_RULES } from './furniture-chrome';
import { NOT_ENDORSED, NOTICE_RULES } from './furniture-notices';
import { CREDIT_RULES } from './furniture-credits';
import { BY_WRITER, BYLINE_RULES } from './furniture-bylines';
import { PARTICULARS_RULES, PUBLISHED_RULE } from './furniture-meta';
import { EDITOR_NOTE_RULES, NOTE_RULES, OTHER_LANGUAGE_RULES } from './furniture-notes';
import {
	BYLINE_WITH_ROLE,
	DATED_ENTRY,
	DATELINE,
	GENRE_LINK,
	KEY_EVENT,
	isOutletName,
	MENU,
	TABLE_ROW,
	TAG_BAR,
	TIMED_ENTRY,
	UPDATE_NOTE
} from './furniture-lines';
import { isTitle, isTitleOutlet } from './furniture-title';
import { MONTH, MONTH_FOREIGN, MONTH_SHORT, OUTLETS, RUBRIC, SITE_ADDRESS, WEEKDAY } from './words';

/** A furniture rule: the line's test and what the report calls it. */
export interface Rule {
	re: RegExp;
	why: string;
	/** A cheap test that must hold before `re` is tried (an end-anchored pattern is costly on every line). */
	gate?: (text: string) => boolean;
}

/** A byline's role: "Columnist", "Staff correspondent", "Senior Editor". */
export const ROLE_LINE =
	/^(?:(?:Senior|Chief|Special|Staff|Guest|Political|Foreign|Military|Contributing|Regional|Our)\s+)?(?:Columnist|Correspondent|Contributor|Reporter|Writer|Staff writer|Editor|Commentator|Blogger)s?$/i;

const RULES: Rule[] = [
	...PARTICULARS_RULES,
	{ re: /^Home\s*[»>|/]/, why: 'navigation' },
	{
		re: /^(?:\d+\.\s*)?(?:(?:Read|See) (?:more|also|later|next)\b|Related (?:news|articles|stories|coverage)\s*:?$|Related\s*:?$|You (?:may|might) also (?:like|be interested)\b)|^(?:Also|More) (?:read|see)\b|^You can read more (?:about|on)\b.{0,160}\bhere\.?$|^Most (?:read|popular|viewed|shared)\s*:|^Related(?: (?:news|articles|stories))?\s*:|^More on (?:this|the topic)\b|^Read (?:the )?full (?:article|story)$|^Read (?:a|our) (?:summary|recap|round-?up) of\b|^Other (?:news|stories|articles)(?: (?:of|for) the day| on (?:this|the) topic)?\s*(?::\s*\S|:?$)|^[\p{L}’' .-]{2,40}[’']s full coverage\s*:|^Read (?:more )?on (?:the|this) topic\s*:?$|^Similar (?:news|articles|stories|materials)\s*:?$|^Follow the news$|^See (?:the )?(?:["“«][^"”»]{1,40}["”»]\s+)?(?:chronicle|timeline|dossier|special (?:page|report|project)|section)\b|^See (?:earlier|previous|related|other) (?:reports?|stories|articles|news)\b|^All (?:news|materials|articles|publications) on the (?:topic|subject)\b|^(?:Читайте|Смотрите|Читать) (?:также|еще|ещё)(?!\p{L})|^(?:À )?Lire aussi\s*[|:]|^More (?:to read|reading|(?:from|in) [\p{L} &]{2,30})\s*(?::\s*\S|:?$)|^More reading$|^(?:Կարդացեք|Կարդալ) նաև\s*[՝:]|^(?:Həmçinin oxuyun|Həmçinin bax|Oxu(?:yun)? həmçinin|İlginizi çekebilir|Ayrıca (?:bakınız|okuyun))\s*:\s*\S|^[^/|:]{2,30}\/\s*(?:Read (?:more|also)|Related|See also)\s*:/iu,
		why: '“read more” link'
	},
	{
		re: /^(?:Follow the topics in this article|Region|Regions|Countr(?:y|ies)|Tags?|Topics?|Subjects?|Themes?|Categor(?:y|ies)|Keywords?|Rubric|Section|Filed under|More about)(?:\s*\/\s*(?:Countr(?:y|ies)|Regions?))?\s*:/i,
		why: 'tag line'
	},
	// (In the site's own language: "Текст: Ирина Громова, Горис", "Müəllif: Ramil Mahmudov".)
	{
		re: /^(?:Authors?|Guests?|Hosts?|Presenters?|Moderators?|Текст|Автор|Авторы|Müəllif|Yazar)\s*:\s*\p{Lu}/u,
		why: 'byline'
	},
	{ re: BY_WRITER, why: 'byline' },
	{
		re: /^\(?(?:Reporting|Writing|Additional reporting|Editing) by\b|^[—–-]?\s*With (?:additional )?assistance from\b/i,
		why: 'wire credits'
	},
	// "By Anna Petrosyan - Trend:", "By Anna Petrosyan, a senior fellow at a think tank.": the author, with the outlet or who they are.
	{ re: BYLINE_WITH_ROLE, why: 'byline' },
	// A byline's role on a line of its own ("Columnist" under the author's name); "About the author: …".
	{ re: ROLE_LINE, why: 'byline' },
	{ re: /^About the authors?\s*[:.—–-]/i, why: 'byline' },
	// A page's date on a line of its own ("Tuesday, December 13", "13 December 2022", "18 октября 2023", "25.08.2022", "Güncelleme: 26.04.2024, Cuma 16:40"): no reporting is a bare date.
	// (A magazine's "Apr 20th 2024 | Baku and Yerevan": the month cut short, the day's ordinal, where it was filed.)
	{
		re: new RegExp(
			String.raw`^(?:${WEEKDAY},?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH}|(?:${MONTH_SHORT})\.?|${MONTH_FOREIGN})|(?:${MONTH}|(?:${MONTH_SHORT})\.?)\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:\s+\|\s+\p{Lu}[\p{L} ,-]{1,40})?$|^(?:(?:Updated|Published|Güncelleme|Yayınlanma)\s*:\s*)?\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d(?:,?\s+\p{Lu}\p{Ll}+)?(?:,?\s+\d{1,2}:\d{2})?$`,
			'u'
		),
		why: 'date line'
	},
	// An editor's note on how the reporting was done: "DW sent a reporter to X with the permission of …".
	{
		gate: (t) => t.includes('sent ') || t.includes('dispatched '),
		re: /^[^.]{0,60}\b(?:sent|dispatched)\s+(?:a|an|its|our|two)\s+(?:\p{Ll}+\s+)?(?:reporters?|correspondents?|journalists?|team|crew)\b[^.]{0,80}\b(?:with|under)\s+(?:the\s+)?(?:permission|authori[sz]ation|escort|invitation|accreditation)\s+of\b[^.]*\.?$/u,
		why: 'editor’s note'
	},
	...CAPTION_RULES,
	// A monitoring service's source line and its cuts: "Text of report by … on 26 August", "(Passage omitted: …)"; a record's citation.
	{
		re: /^(?:Text of|Excerpts? from) (?:an? )?(?:report|article|interview|commentary|statement|broadcast)\b.{0,120}\bby\b|^\((?:Passages?|Paragraphs?) omitted\b[^)]*\)$|^Hansard source\b|\(Citation:[^)]*\)$/i,
		why: 'source line'
	},
	// A site's own controls: "Search...", "Refresh", "Log in".
	{
		re: /^(?:Search|Refresh|Reload|Menu|Log ?in|Sign ?in|Back to top|Skip to (?:main )?content|Show (?:more|less))\s*(?:\.{3}|…)?$/i,
		why: 'page chrome'
	},
	{ re: /^Continue reading\b/i, why: 'page chrome' },
	// A list's item whose date ran into its headline when the page was saved ("May 3, 2021Ferry returns…",
	// "Latest newsFerry returns…"): another story's link, never a sentence of this one.
	{
		re: new RegExp(
			String.raw`^(?:(?:${MONTH}) \d{1,2}, \d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:Latest|Related|More) (?:news|stories|articles))\p{Lu}`,
			'u'
		),
		why: '“read more” link'
	},
	...EDITOR_NOTE_RULES,
	// A live blog's entry time with its date: "20/09/2023 - 13:47 (Paris time)".
	{
		re: /^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[-–—,/]?\s*(?:\d{1,2}[:.]\d{2}|\[\d{1,2}[:.]\d{2}\])(?:\s*\([\p{L} ]{1,30}\)|\s*\p{Lu}{2,5})?$/u,
		why: 'time stamp'
	},
	// A page's rubric and time with its zone: "Politics Materials 3 August 2022 15:40 (UTC +04:00)".
	{
		gate: (t) => t.endsWith(')'),
		re: /\d{1,2}[:.]\d{2}\s*\((?:UTC|GMT)\s*[+−-]\s*\d{1,2}(?::\d{2})?\)$/,
		why: 'time stamp'
	},
	PUBLISHED_RULE,
	// "(Islamic Republic News Agency - IRNA)": the agency's name and acronym as a sign-off.
	{ re: /^\((?:\p{Lu}[\p{L}.]*\s+){1,6}[-–—]\s*\p{Lu}{2,}\)$/u, why: 'wire sign-off' },
	// A transcript's heading: "Briefing by the spokeswoman, Moscow, May 5, 2022 (excerpts)".
	{ re: /\((?:excerpts?|abridged|full text|transcript)\)$/i, why: 'transcript heading' },
	{
		re: /^(?:Share(?: this)?|Print|Email|Tweet|Поделиться)\s*:?$|^Share (?:on|this)\b|\bShare on social (?:media|networks)\s*:?$|^Follow (?:us|the\s+\S+|\p{Lu}[\p{L}.]*) on\b|^Follow\b.{1,40}:$|^Follow our (?:live )?(?:coverage|updates|live blog)\b|^For (?:ongoing|more|continuing|the latest|further|live) (?:coverage|updates|news)\b[^.]{0,80}\bfollow\b|\bturn off your ad ?blocker\b|^Support us\b|\bor become (?:a|our) (?:patron|member|subscriber)[.!]?$|\bSupport us with a donation\b|^(?:Subscribe|Sign up|Join) (?:to|for|our|us)\b|^Join \S+ (?:Telegram|WhatsApp|Viber) channel\b|^\S+(?: \S+)? (?:in|on) (?:Telegram|WhatsApp|Viber|X|Twitter)\s*:\s*(?:subscribe|follow)\b|^Click here\b|^Enjoying this (?:article|story|piece)\?|\bsubscribe for (?:full|unlimited) access\b|^Download (?:our|the) (?:[\p{L} ]{1,30} )?app\b/iu,
		why: 'share or subscribe line'
	},
	// ("Caliber.az | Follow us on Telegram | (c) 2024 Caliber.az": the notice after a footer's bar.)
	{ re: /(?:^|\|\s*)(?:©|\(c\)|Copyright\b)|All rights reserved\.?$/i, why: 'copyright line' },
	{
		re: /^(?:The )?(?:views|opinions) expressed\b|^Opinion by\b[^.]{0,60}\.\s+(?:The )?[Vv]iews expressed\b|\b(?:views?|opinions?|articles?|materials?|authors?|experts?)\b[^.]{0,80}\bdo(?:es)? not necessarily reflect\b|^\*?\s*(?:(?:Legal )?Disclaimer|Note from the editor|(?:Editor|Translator)[’']s note|Correction|Clarification|Note de la rédaction)(?:\s*\([^()]{2,40}\)|,\s+[^:,.]{2,30})?\s*:|\bprovides the information “?as is”? without warranty\b|^This (?:article|story|material) (?:was|has been|is) (?:first |originally )?(?:machine[- ])?(?:published|updated|translated|produced|appeared)\b|\bmay not be (?:reproduced|republished|reprinted|copied)\b[^.]{0,80}\bwithout\b|^Any use of (?:the )?materials\b|^When (?:using|reprinting|citing|quoting)\b[^.]{0,60}\b(?:hyper)?link\b[^.]{0,30}\b(?:required|mandatory|obligatory)\b|\bmaterials? may be (?:used|reproduced|republished|quoted)\b[^.]{0,40}\b(?:reference|link|hyperlink)\b|\bwebsite contains only (?:a )?(?:portion|part) of the news\b|\bdo(?:es)? not imply (?:official )?(?:endorsement|acceptance|the expression of any opinion)\b|^This article is issued from\b|\bThe text is licensed under\b/i,
		why: 'disclaimer'
	},
	{
		re: /\bcontributed (?:reporting )?to this (?:report|story)(?: from \p{Lu}[\p{L} -]{1,40})?\.?$|^By\b.*\|.*$|\b\d+ min(?:ute)?s? read$/iu,
		why: 'byline'
	},
	{ re: GENRE_LINK, why: '“read more” link' },
	{ re: KEY_EVENT, why: '“read more” link' },
	// An aggregator's link label in capitals, some machine-translated ("SIGHT:" for "MIRA:"): "ALSO READ: …", "SEE: …".
	{
		re: /^(?:ALSO READ|READ ALSO|READ MORE|SEE ALSO|READ|SEE|SIGHT|LOOK|WATCH|ALSO)\s*:\s/,
		why: '“read more” link'
	},
	{
		re: /^(?:The\s+)?(?:Press (?:Service|Office|Department|Cent(?:er|re))|(?:Information and )?Public Relations Department|Media Relations (?:Office|Department))\b[^.!?]*$/i,
		why: 'press office sign-off'
	},
	{ re: /^(?:Enditem|End ?item|\(?End\)?|ENDS)$/i, why: 'wire sign-off' },
	{
		re: /^Load more\b|^Article Rating$|^Inline Feedbacks$|^\d+ comments?$|^Comments$|^(?:Comments?|Комментарии|Yorumlar|Şərhlər)\s*\(\d+\)$|^(?:Your|Leave a) comment$|^Show (?:more )?replies\b|^Your email address will not be published\b|^(?:Dear (?:readers?|visitors?|users?),?\s+)?To (?:leave|post|write|add) (?:a )?comments?\b.{0,40}?,? (?:(?:please|you must|you need to) )?(?:log ?in|sign ?in|register)\b|^You must be (?:logged|signed) in to (?:post|leave|write|add) a comment\b|^Dear (?:visitors|readers|users),? you can (?:place|leave|share|post) your (?:opinion|comment)\b|^Required fields are marked\b/i,
		why: 'comment section chrome'
	},
	{
		re: /\bThe views (?:expressed|represented) (?:here(?:in)? |in this [a-z]+ )?are (?:(?:his|her|their|the author’s|the author's) own|those of the authors?)\b|\bdoes not take institutional positions\b/i,
		why: 'disclaimer'
	},
	{
		re: /^We[’']ll send you\b|^Get (?:the |our )?(?:[A-Za-z’'-]+ ){0,3}in your inbox\b|^Our (?:[a-z-]+\s+){0,3}newsletter\b|^View (?:this email )?in (?:your|a) browser\b|^Forwarded this (?:email|newsletter)\b|\bUnsubscribe\b|\bUpdate (?:your )?(?:email )?preferences\b|\bManage (?:your )?subscription\b/i,
		why: 'newsletter chrome'
	},
	{
		re: /\b(?:we use|nous utilisons des|wir verwenden) cookies\b|^This (?:website|site) uses cookies\b|\bcookie (?:policy|settings)\b|^Accept all\b|\bManage (?:settings|cookies)\b/i,
		why: 'cookie notice'
	},
	// A number or an address after the label ("Tel.: +374 …", not "… by phone. She asked …"); a wire's "To contact the reporters …", "Write to X at x@…";
	// a line that is little but an e-mail address ("Ilya Arkhipov in Moscow at ia@example.net;").
	{
		re: /^Contacts?\s*:|^For (?:further|more) information(?: on [^,:]{1,40})?,? (?:please )?contact\b|^To contact the (?:reporters?|editors?|authors?|writers?)\b|^Write to (?:[A-Z][\w.’'-]*\s+){1,4}at\s+[\w.+-]+@|\b(?:tel|phone|fax|mob(?:ile)?)\s*[:.]{1,2}\s*\+?\(?\d|\be-?mail\s*[:.]\s*[\w.+-]+@|^\(*[^"“”«».!?]{0,80}?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^"“”«».!?]{0,40}$/i,
		why: 'contact line'
	},
	{ re: UPDATE_NOTE, why: 'wire update note' },
	// A donation appeal: "Support Harbour Post. Every donation keeps us reporting.", "Harbour Post is supported by its readers." (not "Support for the plan …").
	{
		re: /^Support (?:\p{Lu}[\p{L}.&-]*\s*){1,4}[.!]|\b[Ee](?:very|ach) donation (?:helps|counts|matters|keeps)\b|\bis (?:supported|funded|made possible) by (?:its|our) readers(?:[.,!]|$)/u,
		why: 'page chrome'
	},
	{
		re: /\bwill keep (?:our )?readers (?:informed|updated|posted)\b|(?:^|[.!?]\s+)(?:Support|Donate to) (?:our|independent|us)\b|\bDonate (?:today|now)\b|\bYour (?:donation|support) helps us\b|\beditorial (?:principles|policy|standards)\b|\breflects? the (?:views|opinions?) of the author\b|^(?:Most (?:read|popular)|Trending|Editor[’']s picks|Recommended)\s*:?$/i,
		why: 'page chrome'
	},
	{
		re: new RegExp(`^(?:${RUBRIC})$`),
		why: 'section label'
	},
	// A desk's name in capitals: never a town, so never a dateline ("POLITICS" over "By the desk", not "TEHRAN").
	{
		re: /^(?:POLITICS|WORLD|ECONOMY|BUSINESS|SOCIETY|REGION|SECURITY|DEFEN[CS]E|DIPLOMACY|CULTURE|SPORTS?|TOP NEWS|WORLD NEWS|INTERNATIONAL)$/,
		why: 'section label'
	},
	{
		re: /^(?:News ?feed|Latest news|Top stories|All news|Live feed|In (?:Focus|Depth|Pictures|Photos|Numbers))$/i,
		why: 'section label'
	},
	// An outlet's name and where it reports from ("JAMnews, Yerevan-Baku", "Reuters, Moscow"): a credit line, not a sentence.
	{
		gate: (t) => OUTLETS.has(t.slice(0, t.indexOf(','))),
		re: /^[\p{L}]+,\s+\p{Lu}[\p{L}’'-]*(?:\s*[-–—/]\s*\p{Lu}[\p{L}’'-]*)*$/u,
		why: 'byline'
	},
	...BYLINE_RULES,
	// An agency's name alone on a line ("APA" over the lead, "Reuters" under a photo): a credit, never reporting.
	// ("Trend:" under the dateline, "(AFP)" under the lede's time: the agency's credit, its colon or brackets the site's.)
	{ gate: (t) => OUTLETS.has(t.replace(/^\(|[):]$/g, '')), re: /^\S+$/, why: 'byline' },
	// The same in capitals or in two words ("INTERFAX", "RIA Novosti").
	{ gate: isOutletName, re: /^\S+(?:\s\S+){0,2}$/, why: 'byline' },
	// "Posted by Harbour Staff | May 3, 2023 | Tags: …", "On May 3, 2023, Posted by , in News, With No Comments", "Posted to YouTube by X on …":
	// a blog's or a video's byline, whatever follows it.
	{
		gate: (t) => t.includes('Posted '),
		re: new RegExp(
			String.raw`^(?:On\s+)?(?:(?:(?:${MONTH}|[A-Z][a-z]{2}\.?)\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:${MONTH})\s+\d{4})[.,]?\s+)?Posted\s+(?:by|to|in|on)\b.{0,160}$`
		),
		why: 'byline'
	},
	// A section and a city in capitals with a slash, alone on a line ("WORLD/ANKARA" over the lead): a page's header, not a dateline.
	// ("WORLD / CIS / SOUTH CAUCASUS": a desk of two words too.)
	{ re: /^\p{Lu}{2,}(?: \p{Lu}{2,})?(?:\s?\/\s?\p{Lu}{2,}(?: \p{Lu}{2,})?)+$/u, why: 'section label' },
	// An outlet's name alone on a line: an acronym or a known outlet and one word of an outlet's name ("HPA News", "HPA World").
	{
		re: /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)\s+(?:News|World|Report|Today|Media|Online|TV|Radio|Times|Daily|Post|Press|Live|English|Türk|International|Agency)$/u,
		why: 'byline'
	},
	// A site's name as its address, alone on a line ("NEWS.am", "www.example.az"): the masthead, never reporting.
	{
		re: SITE_ADDRESS,
		why: 'site name'
	},
	// An article's tool buttons, each on a line of its own in a saved page: "Listen", "Listen 6 min", "Comment", "Resize", "Gift Article | Share | 5 min",
	// "Gift this article | Share", "Give this article"; a live page's "Updated through the day".
	{
		re: /^(?:Listen(?: \d{1,2} min)?|Comment|Save|Resize|(?:Gift|Give)(?: this)? [Aa]rticle|Share [Aa]rticle|Updat(?:ed|ing) (?:through(?:out)? the day|continuously|live))(?:\s*\|\s*(?:Share|Comment|Save|\d{1,2} min))*$/,
		why: 'page chrome'
	},
	// A browser's translation bar, a site's audio player, messaging-channel promos, a privacy notice under a newsletter box.
	{
		re: /^This page has been (?:automatically |machine[- ])?translated\b|^Show original\b|^Voiced by artificial intelligence\.?$|^Stay (?:up[- ]to[- ]date|informed|tuned)\b.{0,80}\b(?:channel|newsletter|app)\b|^Privacy (?:Notice|Policy)\s*:|\bSupport us\.?$/i,
		why: 'page chrome'
	},
	{
		re: /^Leave a (?:Comment|Reply)\b|^Discussion Policy$|^Comments are welcomed|^(?:Advertis(?:ements?|ing)|Reklam|Реклама|Anzeige|Publicité|Werbung)$/iu,
		why: 'page chrome'
	},
	// (And a live page's label, a reference site's maintenance banner: "Live", "This article needs to be updated.")
	{
		re: /^(?:Share|Related|Tags|Read more|Advertisement)\b|^Bookmarks?$|^Live$|^This (?:article|section) needs (?:to be updated|additional citations)\b/i,
		why: 'page chrome'
	},
	...CREDIT_RULES,
	...CHROME_RULES,
	...NOTICE_RULES,
	...SAVED_PAGE_RULES,
	...NOTE_RULES,
	...OTHER_LANGUAGE_RULES
];

/**
 * A line that a rule names furniture on its own (a caption's credit, a contact line, a disclaimer): a
 * block holding one is a list of lines, never one hard-wrapped paragraph.
 */
export const isRuledLine = (text: string) => RULES.some((r) => (!r.gate || r.gate(text)) && r.re.test(text));

/** The longest furniture line seen in saved pages (a wire service's subscriber disclaimer). */
const LONGEST = 320;

/** A hard-wrapped line of prose stops on any word ("… troops to Nagorno-Karabakh after"); a headline not on these. */
const WRAPPED_END = /\s(?:the|a|an|of|and|after|with|by|from|than|into|onto|its|their|whose)$/;
/**
 * Why the line `text` is furniture, or null. `title` is the article's headline; `repeats` says
 * whether the same line occurs twice in the body (a caption or a headline echo).
 */
export function furnitureReason(text: string, title: string, repeats: boolean): string | null {
	// Furniture is a line of a few words; a long paragraph is reporting (and the rules are costly on it).
	// A list's bullet ("• Also read: …") is no part of the line the rules know.
	const t = text.charCodeAt(0) === 0x2022 ? text.replace(/^•\s*/, '') : text;
	if (t.length <= LONGEST) for (const r of RULES) if ((!r.gate || r.gate(t)) && r.re.test(t)) return r.why;
	// A long caption with its labelled credit in brackets, wherever the saved page glued the next words on ("… 2023.(photo credit: X/HANDOUT VIA Y)ByY"), or its agency's credit last.
	if (creditedCaption(text)) return 'photo caption';
	// A site's disclaimer runs on for several sentences: its opening says what it is.
	if (NOT_ENDORSED.test(text.slice(0, 200))) return 'disclaimer';
	if (repeats) return 'repeated line (caption or headline echo)';
	if (isTitle(text, title)) return 'headline';
	if (isTitleOutlet(text, title)) return 'masthead';
	if (TAG_BAR.test(text) && !/[.,;:!?]/.test(text)) return 'tag bar';
	if (/[|›»·•]/.test(text) && text.length <= 160 && MENU.test(text)) return 'navigation';
	// A short line that does not end as prose does (a headline, a subhead, a caption without a full stop): reporting is
	// written in sentences; ten words at most. A dateline ("BAKU") opens the reporting, a table's row is its data; a
	// heading of one or two capitalised words ("Azerbaijan" in a roundup) opens a section ("By admin" is chrome).
	if (ENDS_LIKE_PROSE.test(text) || TIMED_ENTRY.test(text) || DATED_ENTRY.test(text) || TABLE_ROW.test(text))
		return null;
	// A caption that ends with its date and no full stop: "The minister meets residents of border villages, March 18, 2024".
	if (!DATELINE.test(text) && CAPTION_DATED.test(text) && text.split(/\s+/).length <= 35)
		return 'photo caption';
	const words = text.split(/\s+/);
	const heading = words.length <= 2 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^By\b/.test(text);
	const plain = !/[“"«‘]/.test(text) && !DATELINE.test(text) && !WRAPPED_END.test(text);
	if (!heading && words.length <= 10 && plain) return 'headline or caption';
	return null;
}
