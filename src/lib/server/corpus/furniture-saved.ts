/**
 * Furniture rules for what a page copied or saved from a browser keeps (holdout60 and 61, probes 16 and
 * 17, session 38): an image's alternative text in brackets, paywall boxes, related links dated in
 * brackets, a photo agency's credit at the end of a caption, a caption's "in this undated photo",
 * bylines in capitals or with their editor, reader appeals, an obituary's closing notes, a wire's rubric
 * line in brackets and its lines of dashes; and (session 39) inserts of other stories and videos, author boxes,
 * comment boxes, image file names and citation lines. (The word for an advertisement and the labels of related
 * lists in the site's language are furniture.ts's and furniture-chrome.ts's.) Each names words no
 * reporting uses in that shape; the list runs in `furnitureReason` with the others.
 */
import type { Rule } from './furniture';
import { MONTH, MONTH_SHORT } from './words';
import { DESK_RULES } from './furniture-desks';

/** A date in brackets ending a line: "(10/11/2020)", "(14.02.2023)", "(Nov 29th 2022)", "(September 21 2023)". */
const DATE_IN_BRACKETS = new RegExp(
	String.raw`\((?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|(?:${MONTH}|${MONTH_SHORT})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:${MONTH}|${MONTH_SHORT})\.?\s+\d{4})\)$`
);

export const SAVED_PAGE_RULES: Rule[] = [
	// A row of sharing buttons saved as words: "Facebook  Tweet  Email  Link", "Save | Print this page".
	{
		gate: (t) => t.length <= 80,
		re: /^(?:(?:Share(?: on)?|Facebook|Twitter|Tweet|X|E-?mail|Mail|(?:Copy )?Link|WhatsApp|Telegram|LinkedIn|Reddit|Pinterest|Messenger|Viber|VK|Flipboard|Print(?: this page)?|Save|Gift|Comments?)(?:\s*[|·•/]\s*|\s+|$)){2,}$/i,
		why: 'share or subscribe line'
	},
	// "[Image: A man carries a door … Click to enlarge]", "[Bild: … Klicken zum Vergrössern]": a picture's text.
	{ re: /^\[(?:Image|Photo|Picture|Video|Bild|Foto|Photo ?credit|Фото|Görsel)\s*:/iu, why: 'photo caption' },
	// A paywall's box: "To continue reading, subscribe …", "Already a subscriber? Log in", "Déjà abonné ? Connectez-vous".
	{
		re: /\bAlready (?:a subscriber|have an account)\s*\?|\bDéjà abonné\b|^To continue reading\b|\bThis article is (?:only )?available (?:only )?to (?:subscribers|members)\b/i,
		why: 'page chrome'
	},
	// Another story's headline with its date in brackets, as a related list gives it (no sentence ends inside).
	{
		gate: (t) => t.endsWith(')') && t.length <= 160,
		re: new RegExp(String.raw`^[^.!?]{10,140}\s${DATE_IN_BRACKETS.source}`),
		why: '“read more” link'
	},
	// A photo agency's credit ending a caption: "… September 26, 2023. REUTERS/David Ghahramanyan", "… ANTHONY LOYD FOR THE TIMES".
	{
		gate: (t) => t.length <= 400,
		re: /\s(?:REUTERS|AFP|AP|EPA|ANADOLU|GETTY IMAGES|SPUTNIK|TASS|Portal)\/(?:\p{Lu}[\p{L}'’-]*\s?){1,4}$|\s\p{Lu}{2,}(?: \p{Lu}{2,}){1,3} FOR THE \p{Lu}{3,}(?: \p{Lu}{3,})?$/u,
		why: 'photo caption'
	},
	// "A Russian peacekeeper … in this undated photo at a checkpoint …": a caption's own words.
	{
		re: /\bin this (?:undated|handout) (?:photo|image|picture)\b[^“”"]*$/iu,
		why: 'photo caption'
	},
	// "BY JACK LOSH", "Story by X for The Beet. Edited by Y.", "• Sarah Rainsford in Goris and Z in London", "- Howard Amos in
	// Yerevan", "• by Nazenik Saroyan (yerevan, armenia)" (the list's bullet is taken off before the rules).
	{
		re: /^BY (?:\p{Lu}[\p{Lu}'’.-]+\s?){2,4}$|^Story by \p{Lu}.{2,80}\bEdited by\b|^(?:[•·]\s+)?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ in \p{Lu}\p{L}+(?:, \p{Lu}\p{L}+)? and \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ in \p{Lu}\p{L}+$|^(?:[•·–—-]\s+(?:by\s+)?|by\s+)\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?: in \p{Lu}\p{L}+(?:, \p{Lu}\p{L}+)?| \(\p{L}+(?:, \p{L}+)?\))$/u,
		why: 'byline'
	},
	// Reader appeals: "OC Media is reader-funded. Become a member …", "Enjoying ad-free content?", "Your support can help …".
	{
		re: /\bis reader-funded\b|\bBecome a member\b|^Enjoying ad-free\b|\bYour support (?:can help|helps|keeps|makes)\b|\bwho believe in independent journalism\b|^Our mission is to deliver\b|\bcriminali[sz]ing our work\b|\bto silence independent journalism\b|\bIf you (?:value|appreciate|believe in) (?:our|independent) (?:work|journalism|reporting)\b/i,
		why: 'page chrome'
	},
	// An obituary's closing notes: "Donations in her memory may be made to …", "Condolences may be sent …".
	{
		re: /^(?:Donations|Contributions) in (?:his|her|their) memory\b|^Condolences may be\b/i,
		why: 'page chrome'
	},
	// A site's note that its authors need not speak for it: "The opinions of the authors may not coincide with …".
	{
		re: /\bmay not coincide with the (?:position|views?|opinion) of the (?:editorial|editors)\b/i,
		why: 'disclaimer'
	},
	// "[Politics] [Karabakh] 26.08.2022 [10:14]", "[Updated 19:05]": a wire's rubrics and times in brackets; "Last update: 19.09.2023 23:52".
	{
		re: /^(?:\[[\p{L} ]{2,20}\]\s*){1,3}\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*\[\d{1,2}:\d{2}\]$|^\[(?:Updated|Update|Обновлено)\s+\d{1,2}:\d{2}\]$|^Last update(?:d)?\s*:\s*\d{1,2}[./]\d{1,2}[./]\d{4},?\s+\d{1,2}:\d{2}$/u,
		why: 'time stamp'
	},
	// "November 10, 2020, 9:47 AM GMT+3 Updated on November 10, 2020, 1:12 PM GMT+3", "13:16 - 20 December, 2022".
	{
		re: new RegExp(
			String.raw`^(?:${MONTH})\s+\d{1,2},\s+\d{4},\s+\d{1,2}:\d{2}\s*[AP]M\s+(?:GMT|UTC)[+−-]\d{1,2}\b.*$|^\d{1,2}:\d{2}\s*[-–—]\s*\d{1,2}\s+(?:${MONTH}),?\s+\d{4}$`
		),
		why: 'time stamp'
	},
	// A bare photo credit: "Portal/Irakli Gedenidze".
	{ re: /^\p{Lu}[\p{L}.]+\/(?:\p{Lu}[\p{L}'’-]+\s?){1,3}$/u, why: 'photo caption' },
	// A plain-text feed's rule: a line of dashes, equals signs or underscores.
	{ re: /^[-=_–—]{5,}$/, why: 'separator' },
	// Session 39 (probes 18 and 19): "Also on rt.com <another story>"; an aggregator's "… is not responsible for the content";
	// "WATCH | <a video's title>"; "About author: …"; "The Hindu Bureau"; a comments box; an image's file name; "To cite this article: …".
	{ re: /^Also on [\p{L}\d-]+\.(?:com|ru|am|az|net|org|tr|ge|info)\b/u, why: '“read more” link' },
	{ re: /\bis not responsible for the content of\b/, why: 'disclaimer' },
	{ re: /^(?:WATCH|VIDEO|LISTEN)\s*[|:]\s+\p{Lu}/u, why: 'page chrome' },
	{ re: /^About (?:the )?authors?\s*:/i, why: 'author’s note' },
	{ re: /^(?:The )?(?:\p{Lu}[\p{L}.]+ ){1,3}Bureau$/u, why: 'byline' },
	{ re: /^(?:No comments|(?:Read|View|Show|Post a|Add a) (?:all )?comments?)\s*:?$/i, why: 'page chrome' },
	{ re: /^[\w.-]+\.(?:jpe?g|png|gif|webp)$/i, why: 'photo caption' },
	{ re: /^(?:To cite this (?:article|paper|piece)|Cite this (?:article|page))\s*:/i, why: 'editor’s note' },
	// (holdout62) "BBC Homepage", "Read the article in: Հայերեն Русский", a donate box's "Continue", "… we have a small favour to ask.",
	// "By subscribing, you …", "… delivered to your inbox.", "These are the updates for Tuesday, September 19:", a slogan under the masthead.
	// (Anchored and unanchored words apart, neither ignoring case: a pattern tried at every position of every line must be cheap.)
	{
		re: /^(?:\p{Lu}[\p{L}.]+ Homepage$|Continue$|The Real Russia\. Today\.$|Read (?:the|this) (?:article|story|news) in\s*:|By (?:subscribing|signing up)\b|These (?:are|were) the (?:live )?updates for\b)/u,
		why: 'page chrome'
	},
	{ re: /\bwe have a small favou?r to ask\b|\bdelivered (?:straight )?to your inbox\b/, why: 'page chrome' },
	// "Issued on: 28/09/2023 - 17:12", "November 10, 2020 2:14 PM UTC Updated ago" (a relative time the copy lost).
	{
		re: new RegExp(
			String.raw`^(?:Issued|Published|Modified|Updated) on\s*:\s*\d{1,2}\/\d{1,2}\/\d{4}\s*[-–]\s*\d{1,2}:\d{2}$|^(?:${MONTH})\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2}\s*[AP]M\s+UTC\s+Updated(?:\s+\d+\s+\w+)?\s+ago$`
		),
		why: 'time stamp'
	},
	// A video player's leftovers and a page's widgets: "We apologize, but this video has failed to load.", "Trending Now",
	// "Was this news useful?"; "Special to the Mirror-Spectator" (a contributor's credit).
	{
		re: /^(?:We apologi[sz]e, but this video has failed to load\b|Trending Now$|Was this (?:news|article|story) (?:useful|helpful)\?$|Top downloads\b)|\bTry refreshing your browser\b/,
		why: 'page chrome'
	},
	// The outlet as the byline, with the wires it drew on: "Yeni Şafak and Agencies", "Haaretz and News Agencies".
	{
		re: /^(?:By\s+\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){1,3},\s+)?Special to (?:the )?\p{Lu}[\p{L}.-]*(?:[ -]\p{Lu}[\p{L}.-]*){0,3}$|^(?:By )?\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3} (?:and|&) (?:[Nn]ews )?[Aa]gencies$/u,
		why: 'byline'
	},
	// "Updated about 5 hours ago", "Published 3 days ago", "2 hours ago": how long ago, alone on its line.
	{
		re: /^(?:(?:Last )?(?:Updated|Published|Posted|Modified)\s+)?(?:about |over |less than )?(?:an?|\d{1,3}) (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago$/i,
		why: 'time stamp'
	},
	// A story's genre alone on its line in title case (furniture.ts has them in capitals, RUBRIC): "Explainer", "Opinion",
	// "Feature" (and a listing's "Programme"). Not
	// "Interview" (a Q&A page heads its turns so), nor "News", "Update" or "Live" (a header's or an entry's words).
	{ re: /^(?:Explainer|Reportage|Opinion|Analysis|Commentary|Feature|Programme)$/, why: 'section label' },
	// A caption with its credit glued on: "… near Stepanakert in September 2023Image: Stringer/REUTERS", or after its full stop:
	// "… in Goris on Wednesday. PHOTO: VERA LIND/AFP", "… on November 25. Photo AFP".
	{
		re: /\S(?:Image|Photo|Picture): [\p{L} .-]{2,40}\/[\p{L} .-]{2,30}$|[.!?] (?:PHOTO|Photo|IMAGE|Image|Picture)(?::? )\p{Lu}[\p{L} .’'-]{1,40}(?:\/[\p{L} .-]{2,30})?$/u,
		why: 'photo caption'
	},
	// Another story's link marked as one: ">> Nagorno-Karabakh: seven questions …", "WATCH Russian peacekeepers board planes …".
	{ re: /^>>\s*\p{Lu}|^WATCH:?\s+\p{Lu}/u, why: '“read more” link' },
	// The outlet and the wire it ran ("Duvar English - Reuters"), the reporter and the outlet ("Maria X / Vestnik Kavkaza"),
	// an editor's initials and the wires ("fb/dj (AFP, AP, dpa, Reuters)").
	{
		re: /^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s+[-–]\s+(?:Reuters|AFP|AP|Anadolu|TASS|Interfax|dpa|EFE)$|^\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}’'-]+\s*\/\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2}$|^[a-z]{2,3}(?:\/[a-z]{2,3})+\s*\([^()]{2,60}\)$/u,
		why: 'byline'
	},
	// A reader's appeal box and a player's labels: "Know more? Do not be silent!", "Send a message, photo or video to … via
	// messengers", "Please REGISTER to post.", "Video duration:".
	{
		re: /^Know more\?|^Send (?:us )?(?:a message|your news|news|photos?|videos?)\b[^.]{0,80}\b(?:via|through)\s+(?:messengers?|WhatsApp|Telegram|Viber|e-?mail)\b|^Please (?:register|log in|sign in) to (?:post|comment)\b|^Video duration\s*:?$/i,
		why: 'page chrome'
	},
	...DESK_RULES
];
