// emcc --js-transform for the browser glue, run before closure: web/core/core_web.js always gives
// instantiateWasm, so the glue's own fetching of the .wasm (instantiateAsync and what only it
// calls) and its finding of the .wasm's URL (and of the script's directory) are dead, and closure cannot know it. Removing them
// lets closure drop all they call (bench/notes.md). Fails the build when the glue no longer has
// them as expected.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
let glue = readFileSync(file, 'utf8');
/** @type {Array<[RegExp, string]>} */
const cuts = [
  [/instantiateAsync\(\)\.catch\(readyPromiseReject\);/, 'readyPromiseReject(new Error("instantiateWasm must be given"));'],
  // The directory of the script, which only the finding of the .wasm used.
  [/if \(ENVIRONMENT_IS_WORKER\) \{ \/\/ Check worker[^]*?scriptDirectory = '';\s*\}/, ''],
  // embind's handle counters, for leak tests: the tests read them from the Node build.
  [/Module\['count_emval_handles'\] = count_emval_handles;\s*Module\['get_first_emval'\] = get_first_emval;/, ''],
  // Maps of the file packager's, which this module does not use.
  [/Module\["preloadedImages"\] = \{\};.*\nModule\["preloadedAudios"\] = \{\};.*\n/, ''],
  // web/core/wasm_source.js has compiled the module with WebAssembly.compile before the glue runs.
  [/if \(typeof WebAssembly != 'object'\) \{\s*abort\('no native wasm support detected'\);\s*\}/, ''],
  [/var wasmBinaryFile;\s*if \(Module\['locateFile'\]\) \{[^]*?\.url\)\.toString\(\);\s*\}/, 'var wasmBinaryFile;'],
];
for (const [pattern, replacement] of cuts) {
  if (!pattern.test(glue)) {
    console.error(`lean_glue.mjs: ${pattern} is not in ${file}`);
    process.exit(1);
  }
  glue = glue.replace(pattern, replacement);
}
writeFileSync(file, glue);
