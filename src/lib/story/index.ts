/**
 * The guided story, loaded with its first use (`?story=<id>&step=N`): the mode that applies each
 * step to the map, and its panel.
 */
export { default as StoryMode } from './StoryMode.svelte';
