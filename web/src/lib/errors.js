// LoupeError: every failure the library reports, with a stable machine-readable code.
// Codes: the engine envelope's own codes (e.g. "invalid_argument", "internal") plus
//   "unsupported"  the engine build has no such method yet (the message names it)
//   "aborted"      the caller's AbortSignal fired
//   "disposed"     the instance was disposed
//   "not_found"    no document with that id
//   "bad_file"     a file could not be read as text: "binary", "encrypted", "bad_encoding",
//                  "bad_pdf", "no_text" are reported in `reason`
//   "worker"       the worker failed to start or crashed
export class LoupeError extends Error {
  constructor(code, message, details = {}) {
    super(message);
    this.name = 'LoupeError';
    this.code = code;
    Object.assign(this, details);
  }
}
