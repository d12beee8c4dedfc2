/**
 * The bench serves build/ and its own pages in-process, with the project's static server, so a
 * `pkill -f serve-build` elsewhere on a shared machine cannot take them down mid-run. No
 * compression: the bench gzips bodies itself.
 */
export { serveDir } from '../serve-build.mjs';
