// Publishing static/data so that it is the old folder or the new one at every instant, even if
// the data step is killed. Deleting the old folder and renaming the new one in leaves a moment
// with no static/data at all; instead static/data is a symbolic link to a generation folder in
// `.data/` (outside static/, so the build does not ship every generation), and the swap is one
// rename of a new link over the old one, which POSIX makes atomic. Vite and SvelteKit copy
// static/ following the link.
import {
	existsSync,
	lstatSync,
	mkdirSync,
	readdirSync,
	renameSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pauseAt } from '../../src/lib/server/pause.ts';

/**
 * Write `files` (relative path → content) into a new generation folder under `generations`, point
 * `out` at it with one rename, then remove the other generations.
 */
export function publish(out: string, files: Map<string, string>, generations: string): void {
	const generation = `${Date.now()}-${process.pid}`;
	const folder = join(generations, generation);
	for (const [path, content] of files) {
		const target = join(folder, path);
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, content);
	}
	pauseAt('data-written');
	// A fresh clone has no static/ folder (nothing in it is tracked).
	mkdirSync(dirname(out), { recursive: true });
	// The new link is made beside the generations and renamed over `out`: both on one file system.
	const link = join(generations, `link-${process.pid}`);
	rmSync(link, { force: true });
	symlinkSync(relative(dirname(out), folder), link);
	if (existsSync(out) && !lstatSync(out).isSymbolicLink()) {
		// Once, on a checkout built before the link: a folder cannot be replaced by one rename.
		renameSync(out, join(generations, `old-${process.pid}`));
	}
	pauseAt('data-swapping');
	renameSync(link, out); // the swap
	pauseAt('data-swapped');
	for (const f of readdirSync(generations)) {
		if (f !== generation) rmSync(join(generations, f), { recursive: true, force: true });
	}
}
