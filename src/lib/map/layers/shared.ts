import type { ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../basemap-style';

/** Dashed where the geometry is a reconstruction: the legend says so. */
export const DASH_BY_PRECISION: ExpressionSpecification = [
	'match',
	['get', 'precision'],
	'schematic',
	['literal', [2, 1.5]],
	['literal', [1, 0]]
];

/** A place's name under its point; typed so that each key is checked against the style spec. */
export const labelLayout: NonNullable<SymbolLayerSpecification['layout']> = {
	'text-font': LABEL_FONT,
	'text-size': 12,
	'text-field': ['get', 'label'],
	'text-anchor': 'top',
	'text-offset': [0, 0.6],
	'text-optional': true
};
