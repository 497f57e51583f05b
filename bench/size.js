// What a browser downloads for the package: the ES module graph of the browser entry (followed
// through static imports) and the .wasm its glue fetches; raw bytes and gzip -9, per file, as
// a server would send them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const browserEntry = resolve(root, 'web/browser.js');

// Static `import ... from '...'`, `export ... from '...'` and bare `import '...'`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * Every file the entry pulls in, the entry first.
 * @param {string} [entry]
 * @returns {string[]} absolute paths
 */
export function browserEntryFiles(entry = browserEntry) {
  const files = [entry];
  for (let i = 0; i < files.length; i += 1) {
    const source = readFileSync(files[i], 'utf8');
    for (const [, specifier] of source.matchAll(STATIC_IMPORT)) {
      const file = resolve(dirname(files[i]), specifier);
      if (!files.includes(file)) files.push(file);
    }
    // An Emscripten glue fetches the .wasm of the same name next to it.
    const wasm = files[i].replace(/\.mjs$/, '.wasm');
    if (wasm !== files[i] && existsSync(wasm) && !files.includes(wasm)) files.push(wasm);
  }
  return files;
}

/**
 * @param {string[]} files
 * @returns {{ files: { file: string, raw: number, gzip: number }[], raw: number, gzip: number }}
 */
export function measureFiles(files) {
  const rows = files.map((file) => {
    const bytes = readFileSync(file);
    return { file: relative(root, file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    files: rows,
    raw: rows.reduce((sum, row) => sum + row.raw, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
  };
}

/** The browser entry, measured. */
export function measureBrowserEntry() {
  return measureFiles(browserEntryFiles());
}
