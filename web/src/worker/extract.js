// Text out of files, inside the worker: plain text and Markdown (UTF-8, or UTF-16 with a BOM),
// HTML (tags stripped, <script>/<style> dropped, entities decoded, <meta charset> honoured) and
// PDF (pdf.js, run in this same worker without a nested worker). Also the save() container.
// An ES module of the worker bundle (web/build.mjs bundles src/worker/ into one classic script).
/* global pdfjsLib, LoupeCMaps */
class FileError extends Error {
  constructor(reason, message) {
    super(message);
    this.code = 'bad_file';
    this.details = { reason };
  }
}

const ext = (name) => (/\.([a-z0-9]+)$/i.exec(name || '') || [])[1]?.toLowerCase() || '';

function kindOf(name, type, bytes) {
  const e = ext(name);
  if (e === 'pdf' || type === 'application/pdf' || startsWith(bytes, '%PDF-')) return 'pdf';
  if (e === 'html' || e === 'htm' || type === 'text/html') return 'html';
  return e === 'md' || e === 'markdown' ? 'markdown' : 'text';
}
function startsWith(bytes, ascii) {
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

// A file with NUL bytes and no UTF-16 byte-order mark is binary, whatever the engine would
// make of it (a legacy-charset decoder accepts almost any bytes).
function refuseBinary(bytes) {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 8192).includes(0))
    throw new FileError('binary', 'This looks like a binary file, not text.');
}

// UTF-16 with a BOM, UTF-8 (with or without BOM), the page's declared charset, then the
// engine's own detection (legacy encodings: EUC-KR, windows-1251, ...) when it is given one:
// engineDecode(bytes) -> text, or null when the engine cannot name the encoding.
function decode(bytes, fallbackLabel, engineDecode) {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  refuseBinary(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (fallbackLabel) {
      try {
        return new TextDecoder(fallbackLabel, { fatal: true }).decode(bytes);
      } catch {
        /* below */
      }
    }
    const text = engineDecode ? engineDecode(bytes) : null;
    if (typeof text === 'string') return text;
    throw new FileError('bad_encoding', 'The text is not UTF-8 or UTF-16 and its encoding is unknown.');
  }
}

const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, body) => {
    if (body[0] === '#') {
      const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return named[body.toLowerCase()] ?? all;
  });
}
// A careful stripper, not a parser: comments, script/style/template/noscript bodies and the
// head go first; block-level tags become line breaks; every other tag disappears. A tag starts
// with `<` and a letter, `/`, `!` or `?` (else the `<` is text, as in a browser), and one left
// open runs to the end of the page (as a browser drops it): each pattern then always matches
// once started, so no start scans the rest of the page in vain. Tried from every `<`, a
// `[^>]*>` that could fail made a page of unclosed tags quadratic (issue 20: 40 KB of `<` took
// 6.6 s, 320 KB of `<script ` 126 s; tests/fuzz/html_text_js.mjs).
function htmlText(html) {
  let s = html.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
  s = s.replace(/<(script|style|template|noscript|head)\b[^>]*(?:>|$)[\s\S]*?(<\/\1\s*>|$)/gi, ' ');
  s = s.replace(
    /<\/?(p|div|br|li|h[1-6]|tr|section|article|header|footer|blockquote|pre|ul|ol|table)\b[^>]*(?:>|$)/gi,
    '\n',
  );
  s = s.replace(/<[a-z/!?][^>]*(?:>|$)/gi, ' ');
  s = decodeEntities(s);
  return s
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n\n')
    .trim();
}
function metaCharset(bytes) {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return (/<meta[^>]+charset=["']?([a-z0-9_-]+)/i.exec(head) || [])[1];
}

// pdf.js (pdf.min.js + pdf.worker.min.js, bundled by build.mjs as pdf-bundle.js) runs in this
// worker: pdfjsWorker being set makes pdf.js use its in-scope "fake worker". Its Korean CMaps
// (pdf-cmaps.js) come with it, so that nothing is fetched later; a missing CMap file only
// costs the PDFs that need it (cmapTable says so).
function loadPdfJs() {
  if (typeof pdfjsLib === 'undefined') importScripts('pdf-bundle.js');
  if (typeof LoupeCMaps === 'undefined') {
    try {
      importScripts('pdf-cmaps.js');
    } catch {
      /* below */
    }
  }
  return pdfjsLib;
}

// The predefined CMaps a PDF names (KSCms-UHC-H, UniKS-UCS2-H, Adobe-Korea1-UCS2, ...), read
// from the inlined data instead of fetched: pdf.js calls fetch({name}) on this factory.
let cmapTable = null; // Promise of Map name -> bcmap bytes
function cmaps() {
  cmapTable ||= (async () => {
    if (typeof LoupeCMaps === 'undefined') throw new Error('pdf-cmaps.js is not loaded');
    const packed = Uint8Array.from(atob(LoupeCMaps.gzip), (c) => c.charCodeAt(0));
    const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'));
    const all = new Uint8Array(await new Response(stream).arrayBuffer());
    const table = new Map();
    let at = 0;
    LoupeCMaps.names.forEach((name, i) => {
      table.set(name, all.subarray(at, at + LoupeCMaps.sizes[i]));
      at += LoupeCMaps.sizes[i];
    });
    return table;
  })();
  return cmapTable;
}
class BundledCMaps {
  async fetch({ name }) {
    const data = (await cmaps()).get(name);
    if (!data) throw new Error(`the CMap ${name} is not bundled`);
    return { cMapData: data.slice(), compressionType: 1 }; // pdfjsLib.CMapCompressionType.BINARY
  }
}
async function pdfText(bytes, isCancelled) {
  let lib;
  try {
    lib = loadPdfJs();
  } catch (err) {
    throw new FileError('bad_pdf', `PDF support is not available in this build (${err.message}).`);
  }
  const task = lib.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    CMapReaderFactory: BundledCMaps,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (err) {
    if (err && err.name === 'PasswordException')
      throw new FileError('encrypted', 'This PDF is password-protected; Loupe cannot read it.');
    throw new FileError('bad_pdf', `This PDF cannot be read (${(err && err.message) || err}).`);
  }
  const pages = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      if (isCancelled()) break;
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(content.items.map((it) => it.str + (it.hasEOL ? '\n' : '')).join(''));
    }
  } finally {
    await task.destroy();
  }
  const text = pages.join('\n\n').trim();
  if (!text && !isCancelled())
    throw new FileError('no_text', 'This PDF has no text layer (scanned pages?); nothing to read.');
  return text;
}

async function extract(name, type, bytes, isCancelled, engineDecode) {
  const kind = kindOf(name, type, bytes);
  if (kind === 'pdf') return { type: 'pdf', text: await pdfText(bytes, isCancelled) };
  if (kind === 'html') return { type: 'html', text: htmlText(decode(bytes, metaCharset(bytes), engineDecode)) };
  return { type: kind, text: decode(bytes, undefined, engineDecode) };
}

// save() container: "LOUPE-JS" magic, format version (u32 LE), JSON length (u32 LE), the
// documents as UTF-8 JSON, then the engine's own index snapshot (possibly empty).
const MAGIC = 'LOUPE-JS';
function pack(docs, index) {
  const json = new TextEncoder().encode(JSON.stringify({ documents: docs }));
  const out = new Uint8Array(16 + json.length + index.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, 1, true);
  view.setUint32(12, json.length, true);
  out.set(json, 16);
  out.set(index, 16 + json.length);
  return out;
}
function unpack(bytes) {
  const bad = (why) => Object.assign(new Error(`not a Loupe snapshot: ${why}`), { code: 'invalid_argument' });
  if (bytes.length < 16 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw bad('wrong header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8, true) !== 1) throw bad(`unknown version ${view.getUint32(8, true)}`);
  const length = view.getUint32(12, true);
  if (16 + length > bytes.length) throw bad('truncated');
  let parsed;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(16, 16 + length)));
  } catch {
    throw bad('corrupted document table');
  }
  return { docs: parsed.documents || [], index: bytes.subarray(16 + length) };
}

export { extract, decode, kindOf, refuseBinary, FileError, htmlText, loadPdfJs, pack, unpack };
