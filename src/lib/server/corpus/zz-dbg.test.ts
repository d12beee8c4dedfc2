import { it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';
const bodies = [
  'GORIS, Armenia — Aram Petrosyan spent years in the army.\n\n“They stood by and watched,” he said, standing on the porch.',
  'Scenes outside the Vahram Vahramyan Drama Theater in Goris.\n\nGORIS, Armenia — Aram Petrosyan spent years in the army.\n\n“They stood by and watched,” he said, standing on the porch.',
  '“Nobody came for us,” 65-year-old Vardan Sargsyan says while waiting outside the hall.',
  'Nine families stayed in the village, said Hovik Avagyan, the head of the local community.\n\n"We stay," the local leader stated.',
  'Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan signed a declaration.\n\n“The decision was hard,” Prime Minister Pashinyan said.',
  '“The troops entered the zone,” representatives of the Russian ministry described the incident.',
  '“We condemn it,” a statement by the Foreign Ministry of Norvale reads.\n\nThe State Department condemned the killing in a statement posted online.\n\n“We condemn the violence,” the statement reads.',
  '“We check passports,” one of the Russian soldiers told AFP.',
  '“We check passports,” one resident of Lachin told AFP.',
];
it('dbg', () => {
  for (const b of bodies) {
	const r = extractArticle(articleOf(b), matcherFor(curatedGeodata!));
	console.log("Q", JSON.stringify((r as any).records.filter((q: any) => q.kind === "quote").map((q: any) => [q.text.slice(0,25), q.speaker, q.speaker_role])));
  }
});
