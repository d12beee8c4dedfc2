/**
 * Furniture rules for what a news site says about itself around a story: rights and reprint notices, a
 * publisher's line, notes on its translation and its standing wording, and its appeals for support and
 * sign-ups. Split from furniture-chrome.ts (the page's controls) in session 57; both run in `furnitureReason`.
 */
import type { Rule } from './furniture';

/** A site's note that it need not agree with what it publishes: read at any length (furniture.ts). */
export const NOT_ENDORSED =
	/\bpublication of (?:an |the )?(?:articles?|materials?|opinions?) on (?:our|this) (?:site|website|page) does not mean\b/i;

export const NOTICE_RULES: Rule[] = [
	{ re: NOT_ENDORSED, why: 'disclaimer' },
	// A site's standing note on its own words or its translation, and a promotion of its channel:
	// "For ease of reading, we choose not to use qualifiers …", "Translation may contain some errors …",
	// "For all the latest headlines follow our Google News channel …"; an academic site's disclosure and its calls to write
	// and to republish ("Disclosure statement: The author does not work for …", "Partners: …", "Want to write? …").
	{
		re: /^For ease of reading,? we (?:choose|have chosen|do) not to use\b|^(?:Disclosure(?: statement)?|Conflicts? of interest|Competing interests?|Declaration of interests?)\s*:\s|^Partners\s*:\s.{2,60}\breceives funding\b|^Want to write\?|^Write an article and join\b|^Republish (?:this article|our articles)\b|\b[Tt]ranslation may contain (?:some )?(?:errors|mistakes|inaccuracies)\b|^For (?:all )?the latest (?:headlines|news|stories|updates),? follow (?:us|our)\b/u,
		why: 'disclaimer'
	},
	// Appeals and ad slots a saved page keeps: "… we have a small favour to ask.", "Join the mailing list to receive
	// daily email updates.", "This advertisement has not loaded yet, but your article continues below."
	{
		re: /\bwe have a small favou?r to ask\.?$|^Join the mailing list\b|^This advertisement has not loaded yet\b/iu,
		why: 'page chrome'
	},
	// "All rights reserved. Use of materials allowed only with a hyperlink to …", "Reprinting without attribution is prohibited.",
	// "(Reproduction of ARKA materials is allowed with reference to the agency)", "… | Reproduction only with a reference to X".
	{
		re: /^All rights reserved\b|^\(?(?:Reprinting|Reproduction|Republication|Reposting|Copying|Use) of (?:the )?(?:\w+ )?(?:materials?|content|articles?)\b.{0,80}\b(?:prohibited|forbidden|allowed|permitted|only with|requires?)\b|^Media (?:can|may) (?:quote|use|reproduce) (?:the )?materials\b|\b(?:reproduction|reprinting|republication|republishing|reposting|copying)(?: of (?:the )?materials?)? (?:only )?(?:requires|is (?:allowed|permitted) only|with (?:a )?reference to)\b|\breproduction\b.*\bprohibited|^(?:Reprinting|Republishing|Reposting|Copying) without (?:attribution|permission|a link)\b/i,
		why: 'copyright line'
	},
	// "Mediamax, 2022. All rights reserved. When using materials, a link to Mediamax is obligatory.": the same, after the outlet's name
	// (or its domain: "ArmInfo.am All rights reserved.").
	{
		gate: (t) => t.includes('reserved') || t.includes('link to'),
		// ("Copying, reprinting or other use of materials is allowed only with a hyperlink to X.", "Reprinting is permitted with a link to X.")
		re: /(?:[.,]|\.[a-z]{2,3})\s+All rights reserved\b|\ban? (?:active |direct )?(?:hyper)?link to (?:the )?\S+(?:\s\S+){0,2} is (?:obligatory|mandatory|required)\b|\b(?:reprinting|copying|use of (?:the )?materials?)\b[^.]{0,40}\bis (?:allowed|permitted) only with an? (?:active |direct )?(?:hyper)?link to\b|\bReprinting is (?:allowed|permitted) (?:only )?with a (?:hyper)?link to\b/i,
		why: 'copyright line'
	},
	// A donation button, an appeal ("We need your help.", "How to help: …", "Donate: …"), a box still "Loading...". (View counters: furniture-meta.ts.)
	{
		re: /^Donate$|^Loading(?:\.\.\.|…)$|\bis supported by (?:its |our )?readers\.\s+Donate\b|^Discussion (?:closed|is closed)\b|^(?:How (?:to|you can) help|Ways to help|To donate|Donate)\s*:\s*\S|^To (?:donate|contribute) to\b[^.]{0,80},\s+(?:visit|go to|call)\b|\bWe need your (?:help|support)\b|\bSupport our (?:work|journalism|newsroom|reporting)\b|\bAny donation to us\b|\byou can (?:still )?help us\b/i,
		why: 'page chrome'
	},
	// A notice a reader of a banned outlet gets: "… Reposting our materials may be prosecuted."
	{ re: /\bReposting (?:of )?our materials\b/i, why: 'disclaimer' },
	// "Eurasianet is an independent news organization that covers …", "X is an independent, non-profit online magazine.":
	// the outlet describing itself under the story.
	{
		re: /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3} is an? (?:independent|non-?profit|non-?partisan|editorially independent)\b[^.]{0,40}\b(?:(?:news|media) (?:organi[sz]ation|outlet|site|website|agency|platform|publication)|newsroom|information portal|(?:online|digital|news) (?:magazine|newspaper|publication))\b/u,
		why: 'publisher line'
	},
	// "Tüm hakları saklıdır.", "Tous droits réservés.", "Все права защищены.", "Müəllif hüquqları qorunur." (all rights reserved), "Bu haber … tarafından hazırlanmıştır." (this story was prepared by …).
	{
		re: /\b(?:Tüm hakları saklıdır|Tous droits réservés|Все права защищены|Alle Rechte vorbehalten|Bütün hüquqlar qorunur|Müəllif hüquqları qorunur)(?:\.|$)|^Bu haber\b.{1,60}\btarafından hazırlanmıştır\b/iu,
		why: 'copyright line'
	},
	// "Hetq is published by the Investigative Journalists of Armenia.": the publisher's line under a page.
	{
		re: /^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3} is (?:published|owned|operated) by (?:the )?\p{Lu}[^.]{2,80}\.?$/u,
		why: 'publisher line'
	},
	// "This article was originally written in German.", "This story was translated from Russian."
	{
		re: /^This (?:article|story|text|report|piece|interview) (?:was|has been) (?:originally )?(?:written|published|translated|adapted) (?:in|from) (?:the )?\p{Lu}\p{Ll}+\.?$/u,
		why: 'editor’s note'
	},
	// Appeals: "… Support us today.", "Your tax deductible gift can help …", "… in your inbox. Sign up", "Keep up to date with …", "Keep up with what’s happening in …".
	{
		re: /\bSupport us (?:today|now)[.!]?$|\btax[- ]deductible (?:gift|donation)\b|\bin your inbox\b.{0,20}$|^(?:[\p{L}. ]{1,40}Newsletter\s*:\s*)?(?:Keep|Stay) up(?: to date)? with what[’']s happening\b/iu,
		why: 'page chrome'
	}
];
