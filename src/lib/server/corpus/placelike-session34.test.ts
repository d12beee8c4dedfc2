// Session 34: places a blind set (holdout52) showed lost, each in lines written for the test: a country
// in a title-case subtitle whose verb and capitalised words read as an organisation's name.
import { describe, expect, it } from 'vitest';
import { articleOf, curatedGeodata } from './__fixtures__/article-text';
import { extractArticle, matcherFor } from './join';

describe.runIf(curatedGeodata)('places: session 34', () => {
	const joined = (body: string, title: string) => {
		const a = articleOf(body, { date: '2023-02-06', title });
		return extractArticle(a, matcherFor(curatedGeodata!)).mentions.map((m) => a.body.slice(m.start, m.end));
	};

	it('joins a country in a title-case subtitle, whose verb ends no organisation’s name', () => {
		const body = [
			'Road Closure Leaves Valley Short of Food',
			'Peacekeepers, Armenia Should Ensure Free Movement of Supplies',
			'(Lindmoor) – The closure of the road has left the valley short of food and fuel, the group said today in its report.'
		].join('\n\n');
		expect(joined(body, 'Road Closure Leaves Valley Short of Food')).toEqual(['Armenia']);
		// An organisation's name is still one: "the Armenia Fund".
		expect(
			joined(
				body.replace('Armenia Should Ensure Free Movement', 'the Armenia Fund Appeal Helps Free Movement'),
				'Road Closure Leaves Valley Short of Food'
			)
		).toEqual([]);
	});
});
