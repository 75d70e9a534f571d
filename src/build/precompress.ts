/**
 * Compresses a build the way a host that precompresses at deploy time does: a `<file>.br` and a
 * `<file>.gz` beside every text file, which the static server sends to clients that accept them.
 * The benchmark needs it because Lighthouse counts transferred bytes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Already-compressed formats (images, fonts) gain nothing from a second pass. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml', '.ico']);
/** Maximum compression on a 50 MB synthetic dataset would take minutes: big files get faster levels. */
const BIG_FILE = 2_000_000;

export function isCompressible(path: string): boolean {
  return COMPRESSIBLE.has(extname(path).toLowerCase());
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Writes `.br` and `.gz` beside each compressible file under `dir`; returns how many it compressed. */
export async function precompress(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter(isCompressible);
  for (const file of files) {
    const raw = await readFile(file);
    const big = raw.length > BIG_FILE;
    const br = await brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: big ? 5 : 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    await writeFile(`${file}.br`, br);
    await writeFile(`${file}.gz`, await gz(raw, { level: big ? 6 : 9 }));
  }
  return files.length;
}
