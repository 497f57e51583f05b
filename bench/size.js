// What a browser downloads for the package: the module the exports map gives browsers for
// `import 'zulip-fetch-api-key'`, the modules it imports (followed statically) and the files it
// fetches relative to itself (the .wasm); raw bytes and gzip -9, per file, as a server would
// send them.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The file `import 'zulip-fetch-api-key'` loads in a browser or a bundler (not Node). */
export function browserEntry() {
  const { exports } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
  return resolve(root, exports['.'].default);
}

// Static `import ... from '...'`, `export ... from '...'` and bare `import '...'`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g;
// `new URL('...', import.meta.url)`: how the Emscripten glue finds its .wasm.
const RELATIVE_FETCH = /new URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Every file the entry pulls in, the entry first.
 * @param {string} [entry]
 * @returns {string[]} absolute paths
 */
export function browserEntryFiles(entry = browserEntry()) {
  const files = [entry];
  for (let i = 0; i < files.length; i += 1) {
    if (!files[i].endsWith('.js') && !files[i].endsWith('.mjs')) continue;
    const source = readFileSync(files[i], 'utf8');
    for (const pattern of [STATIC_IMPORT, RELATIVE_FETCH]) {
      for (const [, specifier] of source.matchAll(pattern)) {
        const file = resolve(dirname(files[i]), specifier);
        if (!files.includes(file)) files.push(file);
      }
    }
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
