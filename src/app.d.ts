// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		interface PageState {
			/** The map's view (periods, selected feature), kept by shallow routing. */
			view?: import('$lib/state/url').ViewParams;
		}
		// interface Platform {}
	}
	interface Window {
		/** The live map, for the browser tests and for debugging in the console. */
		__map?: MaplibreMap;
	}
}

export {};
