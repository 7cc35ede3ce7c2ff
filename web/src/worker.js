// The engine's worker: owns the wasm module and answers {id, op, text} messages with the
// parsed JSON envelope. Served over http it loads loupe-engine.js beside it; in the file://
// build that script is concatenated in front of this one (see web/build.mjs).
/* global createLoupeModule, importScripts */
'use strict';
if (typeof createLoupeModule === 'undefined') importScripts('loupe-engine.js');

const ready = createLoupeModule().then((module) => new module.Engine());

self.onmessage = async (event) => {
  const { id, op, text } = event.data;
  let reply;
  try {
    const engine = await ready;
    // toWellFormed: a lone surrogate becomes U+FFFD (same length), so UTF-16 offsets hold.
    if (op === 'tokenize') reply = JSON.parse(engine.tokenize(String(text).toWellFormed()));
    else reply = { v: 1, ok: false, error: { code: 'invalid_argument', message: `unknown op ${op}` } };
  } catch (err) {
    reply = { v: 1, ok: false, error: { code: 'internal', message: String(err && err.message || err) } };
  }
  self.postMessage({ id, reply });
};
