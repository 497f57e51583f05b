// The error classes are written in web/errors/classes.js; web/types/index.d.ts declares them again by hand (the
// types carry their own documentation and fields). This keeps the declarations equal to the
// classes: the same names, each extending the same class.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as errors from '../../web/errors/classes.js';

test('web/types/index.d.ts declares exactly the error classes of web/errors/classes.js', () => {
  const classes = Object.entries(errors)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Error)
    .map(([name, value]) => `${name} extends ${Object.getPrototypeOf(value).name}`)
    .sort();
  assert.ok(classes.length >= 9, classes.join(', '));
  const types = readFileSync(new URL('../../web/types/index.d.ts', import.meta.url), 'utf8');
  const declared = [...types.matchAll(/^export (?:declare )?class (\w+) extends (\w+)\b/gm)]
    .map(([, name, base]) => `${name} extends ${base}`)
    .sort();
  assert.deepEqual(declared, classes);
});
