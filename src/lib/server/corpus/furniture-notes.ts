/**
 * Furniture rules for what a site prints about itself and its authors (holdout35 and holdout36, session
 * 25): view counts, reading times, a menu of sections spaced apart, a byline with its date,
 * an author's one-line biography, notes on the full text or transcript elsewhere, rights and reprint
 * notices, opinion disclaimers, reader appeals, captcha notices, embed prompts and bare signatures. Each
 * names words no reporting uses in that shape; the list runs in `furnitureReason` with the others.
 */
import type { Rule } from './furniture';
import { MONTH_ANY } from './words';

export const NOTE_RULES: Rule[] = [
	// A count on its own line: "2 147" views (a comment count is furniture.ts's comment section).
	// (After an eye, a site's sign for views: "👁 6 305", "👁 812".)
	{ re: /^\d{1,3}(?:[ \u00a0]\d{3})+$|^👁\s*\d{1,3}(?:[ \u00a0]?\d{3})*$/u, why: 'view count' },
	// A reading time: "Reading time: 4 min", "Время на прочтение: 4 мин.".
	{
		re: /^(?:Reading time|Read time|Время (?:на )?прочтени[яе]|Okuma süresi)\s*:\s*\d+\s*\p{L}+\.?$/iu,
		why: 'page chrome'
	},
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
	// A byline with its date or its update: "Joshua Kucera  Jun 16, 2021", "Ümit Yılmaz |30.01.2021 - Update : 30.01.2021".
	{
		re: new RegExp(
			String.raw`^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}(?:\s{2,}${MONTH_ANY} \d{1,2}, \d{4}|\s*\|\s*\d{2}\.\d{2}\.\d{4}(?:\s*-\s*Update\s*:\s*\d{2}\.\d{2}\.\d{4})?)$`,
			'u'
		),
		why: 'byline'
	},
	// An author's line at the foot: "X is OC Media's Armenia Editor.", "X reports on the South Caucasus.", "Editor: Huaxia".
	{
		re: /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ (?:is (?:an?|the|(?:\p{Lu}[\p{L}.]*\s){0,2}\p{Lu}[\p{L}.]*[’']s)\s(?:[\p{L}-]+\s){0,4}(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ww]riter|[Cc]ontributor)\b[^.]{0,40}|reports on (?:the )?\p{Lu}[\p{L} ]{2,40})\.(?:\s|$)|^Editors?\s*:\s*\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u,
		why: 'byline'
	},
	// The full text elsewhere, rights, an opinion disclaimer: "The full transcript of the briefing is published on …",
	// "All rights to the information on this site belong to …", "The opinion of the author may not coincide with …".
	{
		re: /^(?:The )?[Ff]ull (?:transcript|text|version) of (?:the|this) [\p{L} ]{2,40} (?:is|was|can be) (?:published|available|found|read)\b|^All rights to (?:the )?(?:information|materials|content)\b|\bReproduction (?:requires|is (?:allowed|permitted) only)\b|\bopinion of the author may not (?:coincide|reflect)\b/u,
		why: 'disclaimer'
	},
	// Appeals and notices: "Subscribe to The Beet …", "… made possible by the support of our readers.", "It does not
	// cost much, but …", "This site is protected by reCAPTCHA …", "Copy/paste the article video embed link below:".
	{
		re: /[?!.]\s+Subscribe (?:to|now)\b|\bmade possible by the (?:support|generosity|donations) of (?:our )?readers\b|\bIt does not cost much\b|\bprotected by reCAPTCHA\b|^Copy\/paste the\b.{0,40}\bembed\b/u,
		why: 'appeal'
	},
	// A signature or a control alone: "euronews.", "Agencies", "!", "Most Viewed".
	{
		re: /^(?:[a-z]{4,20}\.|Agencies|With agencies|[!?*•·]+|Most [Vv]iewed)$/u,
		why: 'page chrome'
	},
	// A photo's credit in another language: "Фото: Минобороны России", "Fotoğraf: AA".
	{ re: /^(?:Фото|Fotoğraf|Foto|Ֆոտո)\s*:\s*\S/u, why: 'photo caption' }
];
