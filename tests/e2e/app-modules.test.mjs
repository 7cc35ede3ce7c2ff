// The app's sources stay readable (issue 17): one concern per module, none over 400 lines
// (main.js was 532 before it was split into ingest, filters, keyboard, timeline, ...).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

test('every module of web/src/app is under 400 lines', () => {
  const dir = new URL('../../web/src/app/', import.meta.url);
  const long = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => [f, readFileSync(new URL(f, dir), 'utf8').split('\n').length])
    .filter(([, n]) => n > 400);
  assert.deepEqual(long, []);
});
