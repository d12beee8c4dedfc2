/**
 * Reading an input file without trusting its size: ingest may be handed /dev/zero, a FIFO or a
 * multi-gigabyte file by mistake. At most `limit + 1` bytes are ever read, so the refusal comes
 * after one bounded read, never after reading the whole thing into memory.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { ArticleError, MAX_FILE_BYTES } from './article';

export function readBounded(path: string, limit = MAX_FILE_BYTES): Buffer {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch (e) {
		throw new ArticleError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`);
	}
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw new ArticleError('is a folder, not a file');
		// A regular file says its size: refuse before reading a byte.
		if (stat.isFile() && stat.size > limit) throw new ArticleError(tooBig(stat.size, limit));
		// Devices and pipes do not: read up to one byte past the limit and stop.
		const buf = Buffer.allocUnsafe(limit + 1);
		let n = 0;
		for (;;) {
			const got = readSync(fd, buf, n, buf.length - n, null);
			if (got === 0) break;
			n += got;
			if (n > limit) throw new ArticleError(tooBig(null, limit));
		}
		return buf.subarray(0, n);
	} finally {
		closeSync(fd);
	}
}

const tooBig = (size: number | null, limit: number) =>
	`${size === null ? `more than ${limit}` : size} bytes, over the limit of ${limit} for an article file (header and body); nothing more was read`;
