/**
 * Every colour the map uses, in one typed object, so the basemap, the data layers and the
 * legend cannot drift apart. Hex `#rrggbb` only (checked in palette.test.ts).
 */
export const palette = {
	water: '#c9dbe8',
	waterLabel: '#4f7390',
	land: '#f4f1ea',
	background: '#c9dbe8',
	border: '#8a8478',
	river: '#9fbfd6',
	cityDot: '#6b665c',
	label: '#3b3934',
	labelHalo: '#ffffff',
	countryLabel: '#8c877c',
	peak: '#8c877c',
	/** The 1994–2020 line and its area. */
	line1994: '#7a5c99',
	/** The zone under the peacekeepers, Nov 2020 – Sep 2023. */
	zone2020: '#c0392b',
	corridor: '#d35400',
	nkao: '#5d6d7e',
	post: '#1f5f8b',
	/** A post established within the time shown (not there at its start). */
	postNew: '#2e8b57',
	postDismantled: '#8d99a6',
	place: '#222222',
	/** The "What changed" view (src/lib/changes): a halo or ring by change between the two days. */
	changeEstablished: '#1e8449',
	changeRemoved: '#7b241c',
	changeMoved: '#6c3483',
	placeQuoted: '#b03a2e',
	/** The rim round a dot and the text on a count bubble: white reads on every colour above. */
	onColour: '#ffffff',
	/** A dismantled post is hollow: its fill is the paper, its rim the post colour. */
	hollow: '#ffffff'
} as const;
