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
  // embind registers std::wstring, std::u16string and std::u32string for every module; none
  // crosses this one's boundary (a function taking one would fail as unbound), so their UTF-16
  // and UTF-32 converters are dead.
  [/function __embind_register_std_wstring\(rawType, charSize, name\) \{[^]*?\n    \}\n/,
    'function __embind_register_std_wstring(rawType, charSize, name) {}\n'],
  // globalThis is there in every engine this module runs in (ES2020); the fallbacks are dead.
  [/function emval_get_global\(\) \{[^]*?throw Error\('unable to get global object\.'\);\s*\}/,
    'function emval_get_global() { return globalThis; }'],
  // No 64-bit integer crosses this module's boundary: no signature has a 'j', so embind's
  // dynCall path for one is dead (a function with one would fail in every test that calls it).
  [/function makeDynCaller\(\) \{\s*if \(signature\.includes\('j'\)\) \{\s*return getDynCaller\(signature, rawFunction\);\s*\}\s*return getWasmTableEntry\(rawFunction\);\s*\}\s*var fp = makeDynCaller\(\);/,
    'var fp = getWasmTableEntry(rawFunction);'],
  // Each export is registered once, under its own name: embind's overload tables (a function
  // chosen by its number of arguments) are dead. A name registered twice still fails, and a call
  // with a wrong number of arguments still throws (craftInvokerFunction checks it).
  [/function exposePublicSymbol\(name, value, numArguments\) \{[^]*?\n    \}\n/, `function exposePublicSymbol(name, value, numArguments) {
      if (Module.hasOwnProperty(name)) throwBindingError("Cannot register public name '" + name + "' twice");
      Module[name] = value;
    }\n`],
  [/(function replacePublicSymbol\(name, value, numArguments\) \{\s*if \(!Module\.hasOwnProperty\(name\)\) \{\s*throwInternalError\('Replacing nonexistant public symbol'\);\s*\})[^]*?\n    \}\n/,
    '$1\n      Module[name] = value;\n    }\n'],
  // The legal function name is computed and never used: without eval, no function is named.
  [/function createNamedFunction\(name, body\) \{\s*name = makeLegalFunctionName\(name\);/, 'function createNamedFunction(name, body) {'],
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
