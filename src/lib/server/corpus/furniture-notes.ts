/**
 * Furniture rules for what a site prints about itself and its authors (holdout35 and holdout36, session
 * 25): view counts, reading times, a menu of sections spaced apart, a byline with its date,
 * an author's one-line biography, notes on the full text or transcript elsewhere, rights and reprint
 * notices, opinion disclaimers, reader appeals, captcha notices, embed prompts and bare signatures. Each
 * names words no reporting uses in that shape; the list runs in `furnitureReason` with the others.
 */
import type { Rule } from './furniture';
import { MONTH_ANY, PARTICLES } from './words';
import { lastTextMemo } from './scan';

export const NOTE_RULES: Rule[] = [
	// A video player's notice ("Please use Chrome browser for a more accessible video player"); a journal's issue line
	// ("Publication: Eurasia Daily Monitor Volume: 21 Issue: 64", "Politics | Kommersant newspaper No. 68 of 18.04.2024, p. 6").
	{
		re: /^Please use (?:the )?(?:Chrome|Firefox|Safari|Edge|a different|another) browser\b/,
		why: 'page chrome'
	},
	{ re: /^Publication:\s[^:]{2,60}\s+Volume:\s*\d+\s+Issue:\s*\d+$/, why: 'masthead' },
	{
		re: /^(?:[^|\n]{1,30}\|\s*)*[\p{L} ]{2,40}\b(?:newspaper|magazine|journal)\s+(?:No\.|№)\s*\d{1,4}\b[^|\n]{0,30}$/u,
		why: 'masthead'
	},
	// A count on its own line: "2 147" views (a comment count is furniture.ts's comment section; a count after an
	// eye, "👁 6 305", is furniture-meta.ts's).
	{ re: /^\d{1,3}(?:[ \u00a0]\d{3})+$/u, why: 'view count' },
	// Sections spaced apart on one line, a menu: "Top Stories   Topics   Video   Listen".
	{
		gate: (t) => t.includes('   '),
		re: /^\p{Lu}[\p{L}]*(?: \p{Lu}?[\p{L}]+)?(?:\s{3,}\p{Lu}[\p{L}]*(?: \p{Lu}?[\p{L}]+)?){2,}$/u,
		why: 'navigation'
	},
	// A live blog entry's credit: "From CNN's Oleg Sorokin", "From CNN's Anna Lee and Tom Brook".
	{
		re: /^From \p{Lu}[\p{L}-]*[’']s \p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'-]+){1,2}(?:(?:, | and )\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}’'-]+){1,2})*$/u,
		why: 'byline'
	},
	// A byline with its date or its update: "Joshua Kucera  Jun 16, 2021", "Ümit Yılmaz |30.01.2021 - Update : 30.01.2021",
	// two authors before the bar ("Ümit Yılmaz, Ayşe Kaya |30.01.2021").
	{
		re: new RegExp(
			String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?:(?:, | and )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?=\s*\|))*(?:\s{2,}${MONTH_ANY} \d{1,2}, \d{4}|\s*\|\s*\d{2}\.\d{2}\.\d{4}(?:\s*-\s*Update\s*:\s*\d{2}\.\d{2}\.\d{4})?)$`,
			'u'
		),
		why: 'byline'
	},
	// An author's line at the foot: "X is OC Media's Armenia Editor.", "X reports on the South Caucasus.", "Editor: Huaxia", "[Editor: huaxia]".
	{
		re: /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:is (?:an?|the|(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*[’']s)\s(?:[\p{L}-]+\s){0,4}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ww]riter|[Cc]ontributor)\b[^.]{0,40}|reports on (?:the )?\p{Lu}[\p{L} ]{2,40})\.(?:\s|$)|^Editors?\s*:\s*\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$|^\[Editors?\s*:\s*\p{L}+(?: \p{L}+)?\]$/u,
		why: 'byline'
	},
	// The full text elsewhere, rights, an opinion disclaimer: "The full transcript of the briefing is published on …",
	// "All rights to the information on this site belong to …", "The opinion of the author may not coincide with …",
	// "Caucasian Knot is registered as a foreign agent in Russia." (a label Russian law puts on an outlet); "X is a member of the Caucasus
	// Media Network." (an outlet's note on itself).
	{
		re: /^(?:The )?[Ff]ull (?:transcript|text|version) of (?:the|this) [\p{L} ]{2,40} (?:is|was|can be) (?:published|available|found|read)\b|^All rights to (?:the )?(?:information|materials|content)\b|\bopinion of the author may not (?:coincide|reflect)\b|\b[Tt]he (?:views|opinions) expressed (?:here |in this \p{L}+ )?are (?:the author[’']s own|(?:solely )?(?:those|the views) of the authors?)\b|^[^.]{2,60} (?:is|has been) (?:registered|designated|listed|recogni[sz]ed) (?:as )?an? ["“]?(?:foreign agent|undesirable organi[sz]ation)\b[^.]{0,60}\.?$|^[^.]{2,40} is a member of the (?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Network|Alliance|Association|Consortium|Project)\.?$/u,
		why: 'disclaimer'
	},
	// Appeals and notices: "Subscribe to The Beet …", "… made possible by the support of our readers.", "It does not
	// cost much, but …", "This site is protected by reCAPTCHA …", "Copy/paste the article video embed link below:",
	// "Are you relying on X for accurate news? Join our community.", "Save articles to read them later and create your own reading list.".
	{
		re: /[?!.]\s+Subscribe (?:to|now)\b|\bmade possible by the (?:support|generosity|donations) of (?:our )?readers\b|\bIt does not cost much\b|\bprotected by reCAPTCHA\b|^Copy\/paste the\b.{0,40}\bembed\b|[?!.]\s+Join our (?:community|membership)\b|^Save (?:articles|stories) to read (?:them )?later\b/u,
		why: 'appeal'
	},
	// A signature or a control alone: "euronews.", "Agencies", "!", "Most Viewed".
	{
		re: /^(?:[a-z]{4,20}\.|Agencies|With agencies|[!?*•·]+|Most [Vv]iewed)$/u,
		why: 'page chrome'
	},
	// A photo's credit in another language: "Фото: Минобороны России", "Fotoğraf: AA".
	{ re: /^(?:Фото|Fotoğraf|Foto|Ֆոտո)\s*:\s*\S/u, why: 'photo caption' },
	// A break between parts ("* * *"), a document's number ("2611-15-12-2022"), a background box's label.
	{
		re: /^[*•·](?:\s*[*•·]){2,}$|^\d{2,6}(?:-\d{1,4}){2,4}$|^(?:Background|Context)\s*:?$/u,
		why: 'page chrome'
	},
	// The licence a site gives its text: "All content on this site is licensed under Creative Commons …", "This article is
	// republished from The Conversation under a Creative Commons license.", "Transcript provided by X, Copyright X.".
	{
		re: /\blicen[cs]ed under (?:a |the )?Creative Commons\b|^Creative Commons Attribution\b|^This (?:article|story|piece) (?:is|was) republished from\b.{0,80}\bCreative Commons\b|^Transcript provided by \S[^.]{0,40}, Copyright\b/i,
		why: 'copyright line'
	},
	// A recording's label with its length: "Video of the briefing (Russian, 1:48:12)", "Listen to the interview (12:05)".
	{
		re: /^(?:Video|Audio|Watch|Listen)\b[^.]{0,60}\([^()]{0,30}\b\d{1,2}:\d{2}(?::\d{2})?\)$/,
		why: 'page chrome'
	},
	// A transcript's note on time: "(The briefing was held at 2:12 p.m.)", "(The press conference ended at 3:01 p.m.)".
	{
		re: /^\((?:The )?[\p{L} ]{3,40} (?:was held|began|ended|concluded|was concluded|was adjourned)\b[^()]{0,40}\)\.?$/u,
		why: 'stage note'
	},
	// A report's figure or map caption ("Figure 2: Daily crossings …", "Map 1: The zone …"), its series line
	// ("Working Paper No. 71 / 2022"), a compiler's credit, a desk's byline.
	{ re: /^(?:Figure|Fig\.|Map|Chart|Graph|Table)\s+\d{1,3}\s*[:.]\s+\S/u, why: 'figure caption' },
	{
		re: /^(?:Working|Policy|Discussion|Occasional) Paper No\.\s*\d+|^(?:Policy|Issue) Brief No\.\s*\d+/u,
		why: 'page chrome'
	},
	{
		re: /^Compiled by \p{Lu}\p{Ll}+ \p{Lu}|^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3} (?:English |news |News )?desk$/u,
		why: 'byline'
	},
	// A gallery's and a page's buttons and slogans: "Swipe for more", "Enlarge", "Text version", "Made for minds.",
	// "Show new comments (0)", "Save | Print this page | Gift article", "Get the X News app for your iOS or Android devices.".
	{
		re: /^(?:Swipe (?:for more|left|right)|Enlarge(?: (?:image|photo|this image))?|Text version|Attachments|Made for minds\.?|Show (?:new |all )?comments(?:\s*\(\d+\))?|\d{1,2} min(?:ute)?s?)$|^(?:Save|Print(?: this page)?|Gift (?:this )?article|Share)(?:\s*\|\s*(?:Save|Print(?: this page)?|Gift (?:this )?article|Share))+$|\bapp for (?:your )?(?:iOS|Android|iPhone)\b|\bNews ID:?\s*\d+$/u,
		why: 'page chrome'
	},
	// An editor's note that the story will change: "This story will be updated as more reactions come in.",
	// "This is a developing story." A date with the page's view count: "31 October 2020    Read: 833".
	{
		re: /^This (?:story|article|page|post) (?:will be|is being|is) (?:updated|developing)\b.{0,80}\.?$|^This is a (?:developing|breaking) (?:story|news story)\b.{0,60}\.?$/u,
		why: 'wire update note'
	},
	{
		re: /\b(?:Read|Views|Viewed|Oxunub|Baxış(?:lar)?|Просмотр(?:ы|ов)?)\s*:\s*\d[\d\s,]*$/u,
		why: 'view count'
	},
	// A photo's caption with no "Photo:" marker: its date after a comma ends it ("Empty shelves at a shop in X,
	// January 17, 2023."; not a dateline in capitals, nor "on Monday, May 3, 2023."), or its credit and "photo"
	// do ("… in 2016. Focus on Karabakh photo.").
	{
		re: new RegExp(
			String.raw`^(?!\p{Lu}{2,}\b)(?=(?:\S+\s+){3})[^.!?]{10,160}(?<!day),\s+(?:(?:${MONTH_ANY})\s+\d{1,2},\s+\d{4}|\d{1,2}\s+(?:${MONTH_ANY})\s+\d{4})\.?$|^.{10,200}[.!?]\s+(?:\p{Lu}[\p{L}.&-]*\s+(?:(?:on|of|the)\s+)?){1,4}(?:[Pp]hoto|[Pp]hotograph)\.?$`,
			'u'
		),
		why: 'photo caption'
	},
	// A paywall's lines ("This article is reserved for subscribers. 87% remaining to read.", "Subscribe: €1 for the first
	// month") and a blocked site's note to its readers ("Meduza is blocked in Russia. Learn how to bypass the blocking.").
	{
		re: /^This (?:article|story|content) is (?:reserved|available only|only available) (?:for|to) (?:subscribers|members)\b|\b\d{1,3}\s?% (?:remaining|left) to read\b|^Subscribe\b.{0,30}[€$£]\s?\d|^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*){0,3} is blocked in \p{Lu}\p{Ll}+\.\s+Learn how\b/u,
		why: 'paywall notice'
	},
	// An agency's note to its clients under a video: "Clients are reminded to adhere to all listed restrictions …".
	{ re: /^Clients are reminded to\b/, why: 'disclaimer' },
	// "The Harbour is not responsible for content in external links.": a site's word on the links it gives.
	{
		re: /^\p{Lu}[\p{L}. ]{1,40} is not responsible for (?:the )?content (?:in|of|on) external (?:links|sites|websites)\.?$/u,
		why: 'disclaimer'
	},
	// A translated page's note: "Translation of an original article published in French on lemonde.fr; …",
	// "This article was translated from the Russian by …".
	{
		re: /^Translation of an original (?:article|text|story)\b|^(?:This|The) (?:article|story|text|interview) (?:was|has been) translated from\b/u,
		why: 'disclaimer'
	}
];

/**
 * An editor's or author's note on the story itself: how it was edited or translated, who wrote it,
 * names changed to protect sources, where it appeared in print, a live page closed. furniture.ts
 * runs these in its own list's order, where they stood before they moved here.
 */
export const EDITOR_NOTE_RULES: Rule[] = [
	// "Follow the day's events as they happened. All times are Paris time (GMT+2).", "Harbour Post will update this page as the
	// situation develops.": a live blog's note on itself.
	{
		re: /^Follow the day[’']s events\b|\bAll times are (?:\p{Lu}\p{L}+ )?(?:local |\p{Lu}\p{L}+ )?time\b|^(?:\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}|We) will (?:continue to )?update this (?:page|story|article|blog)\b/u,
		why: 'editor’s note'
	},
	// "Correction: An earlier version of this story misstated …", "This article was amended on 2 October 2023 to correct …",
	// "This article's headline was changed after publication", "The interviewee asked that his surname not be published"; a live page closing for the day (a line that goes on to
	// sum up the day is the reporting's); a UN agency's note
	// over its briefing ("This is a summary of what was said by the … spokesperson – to whom quoted text may be attributed").
	{
		re: /^This is a summary of what was said by\b|^Correction\s*:\s|^(?:An earlier|A previous) version of this (?:story|article)\b|^This (?:article|story|page)[’']s headline was (?:changed|updated|amended)\b|^The (?:interviewee|speaker|source) asked that (?:his|her|their) (?:sur|full |last )?name not be (?:published|used|given)\b|^This (?:article|story|piece) was (?:amended|corrected|updated) on\b|^This (?:article|story|piece|report) has been (?:amended|corrected|updated) to (?:show|reflect|correct|clarify)\b|^We(?:'re|’re| are) (?:closing|pausing|ending) (?:our|this) live (?:updates|blog|coverage|page)\b[^.!?]*(?:[.!?][^.!?]{0,80}[.!?]?)?$/i,
		why: 'editor’s note'
	},
	// "This interview has been edited for length and clarity. Translated from Armenian by …" (maybe after the guest's line:
	// "X is a sociologist based in Yerevan. This interview has been edited …"); "This publication is part of a project of …", "This
	// article was written with support from X. Its contents are the sole responsibility of Y.", "X's commentaries are available in
	// English and Russian."
	{
		re: /^(?:This|The) (?:interview|conversation|transcript|Q&A|text) (?:has been|was) (?:lightly )?(?:edited|condensed)\b|[.!?]\s+This (?:interview|conversation) (?:has been|was) (?:lightly )?(?:edited|condensed)\b[^.!?]*\.?$|^Translated (?:from (?:the )?\p{L}+\b|by\b)|\bThis (?:publication|article|paper|commentary|analysis|piece|research|feature) (?:is|was) (?:a )?(?:part of|produced (?:by|with|as part)|prepared (?:by|with|within|as part)|supported by|funded by|made possible|written with (?:the )?(?:financial )?support)\b|\b(?:is|are) the sole responsibility of\b|^[^.]{2,40} (?:commentaries|articles|reports|publications|stories|materials) (?:are|is) (?:also )?available in (?:English|Russian|French|German|Spanish|Arabic|Armenian|Azerbaijani|Turkish|Georgian)(?:,? (?:and )?(?:English|Russian|French|German|Spanish|Arabic|Armenian|Azerbaijani|Turkish|Georgian))*\.?$/iu,
		why: 'editor’s note'
	},
	// A translation's credit: "Translation: Qafqazinfo", "Tərcümə: …", "Перевод: Day.Az" (a name after the colon, no sentence).
	{ re: /^(?:Translation|Tərcümə|Перевод|Çeviri)\s*:\s*\p{Lu}[\p{L}.’' -]{0,60}$/u, why: 'editor’s note' },
	// The author's line at the foot: "Anna Petrosyan is a freelance journalist based in Goris.", "… is a reporter covering Syunik for Harbour Post.",
	// "Lev D. Darvin is a commentator and the author of several books on …"
	{
		gate: (t) => t.includes(' is a'),
		re: new RegExp(
			String.raw`^(?:(?:\p{Lu}[\p{L}'’-]+|\p{Lu}\.)\s+(?:${PARTICLES}\s+)?){1,3}is an?\s+(?:(?:[\p{L}-]+\s+){0,3}(?:journalist|photojournalist|reporter|correspondent|writer|photographer|editor|producer)\b(?:[^.!?]*\b(?:based in|covering|who covers|for\s+(?:the\s+)?\p{Lu})|\s+at\s+(?:the\s+)?\p{Lu})|(?:\p{Lu}[\p{L}-]*\s+)?(?:staff|senior|special|foreign|contributing)\s+(?:writer|correspondent|reporter|photographer|editor)|(?:[\p{L}-]+\s+){0,2}(?:columnist|commentator|contributor)\s+(?:(?:for|at|with)\s+\p{Lu}|and\s+(?:the\s+)?author\s+of\b)|(?:[\p{L}-]+\s+){0,2}(?:fellow|analyst|researcher|scholar)\s+(?:at|with)\b)[^.!?]*\.(?:\s+(?:(?:He|She|They)\s|[^.!?,]{0,50},\s+(?:he|she|they)\s)[^.!?]*\.)?$`,
			'u'
		),
		why: 'author’s note'
	},
	// "Edmond Y. X is the Mirror-Spectator's senior columnist.", "X is the Moscow bureau chief. Y reported from Goris.": the
	// same with "the", the outlet's own post (a reporter's credit may follow).
	{
		gate: (t) => t.includes(' is the '),
		re: /^(?:\p{Lu}[\p{L}'’-]+\s+(?:\p{Lu}\.\s+)?){1,3}is the\s+(?:\p{Lu}[\p{L}-]*(?:[’']s)?\s+)?(?:(?:senior|chief|foreign|diplomatic|political|contributing)\s+)?(?:columnist|commentator|bureau\s+chief|correspondent|editor)\b[^.!?]*\.(?:\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}-]+\s+reported\s+from\s[^.!?]*\.)?$/u,
		why: 'author’s note'
	},
	// "*Columnist at Daily Sabah and research fellow in foreign policy": the author's post, starred under the column.
	{
		re: /^\*\s*(?:Columnist|Journalist|Writer|Analyst|Researcher|Contributor|Professor)\s+(?:at|for|with)\s+\p{Lu}/u,
		why: 'author’s note'
	},
	// "Christian Esch is SPIEGEL's bureau chief in Moscow.": the author's post at an outlet.
	{
		gate: (t) => t.includes(' is '),
		re: /^(?:\p{Lu}[\p{L}'’-]+\s+){1,3}is\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s\s+)?(?:[\p{L}-]+\s+){0,2}(?:bureau chief|correspondent|editor|columnist)\s+(?:in|for|at)\s+\p{Lu}[^.!?]*\.(?:\s+(?:He|She|They)\s[^.!?]*\.)?$/u,
		why: 'author’s note'
	},
	// "Names of residents changed at their request.", "Story by our correspondents. Some names have been changed.": how the story protects its sources.
	{
		gate: (t) => t.includes('changed'),
		re: /^(?:[^.!?]{0,60}\.\s+)?(?:(?:Some|All|The|Their)\s+)?[Nn]ames(?:\s+of\s+[^.!?]{1,40})?\s+(?:have been |has been |were |are )?changed\s+(?:at\s+(?:their|his|her|the\s+[\p{L}'’]+)\s+requests?|to protect\b[^.!?]{0,40}|for\s+(?:their|his|her)\s+(?:safety|security|protection))\.?$/u,
		why: 'editor’s note'
	},
	// "A version of this article appears in print on …", "Newspaper "Kommersant" No. 185 of 05.10.2023, p. 6"; "The following is a press release issued by …"; "This live page is no longer being updated." (the line alone: "This page is closed," he said" is a quote's end)
	{
		re: /^A version of this (?:article|story) (?:appears|appeared) in print\b|^(?:Newspaper|Газета)\s+["«“]?[^"»”]{2,40}["»”]?\s+(?:No\.?|№)\s*\d+|^(?:This (?:article|story) )?[Aa]ppeared in (?:the\s+)?.{0,60}\bprint edition\b|^This (?:article|story|interview) (?:originally|first) appeared in\b|^The following (?:is|was) an? (?:press|news) release\b|^This (?:live )?(?:page|blog|feed) (?:is no longer being updated|has (?:now )?(?:ended|closed)|is (?:now )?closed)\.?(?:\s+Thank(?:s| you) for (?:joining|following|reading)(?: us)?[.!]?)?$/i,
		why: 'editor’s note'
	}
];

const OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}]/u;
const OTHER_SCRIPT_ALL = new RegExp(OTHER_SCRIPT.source, 'gu');
/**
 * A line in another script with no English word in it, or only a few Latin letters ("Подпишитесь на наш канал в
 * Telegram …"). (Asked of every line by both rules below: the script first, since most lines are English.)
 */
const otherLanguageLine = lastTextMemo((t: string) => {
	if (!OTHER_SCRIPT.test(t)) return false;
	if (!/[A-Za-z]{2}/.test(t)) return true;
	let latin = 0;
	for (let i = 0; i < t.length; i++) {
		const c = t.charCodeAt(i) | 32;
		if (c >= 97 && c <= 122) latin++;
	}
	return (t.match(OTHER_SCRIPT_ALL) ?? []).length >= 4 * latin;
});

/**
 * A line in Cyrillic, Armenian or Georgian with no English word in it (a Russian site's menu or tag, an
 * Armenian headline above the translation): the page's own language, not the English story. Last of
 * all the rules, so that a date or a byline in that language is told as one ("18 октября 2023, 12:40").
 */
export const OTHER_LANGUAGE_RULES: Rule[] = [
	// Its items between separators: a menu ("Главная | Новости | Политика").
	{ gate: (t) => otherLanguageLine(t) && /[|›»·•]/.test(t), re: OTHER_SCRIPT, why: 'navigation' },
	{ gate: otherLanguageLine, re: OTHER_SCRIPT, why: 'in the site’s own language' }
];
