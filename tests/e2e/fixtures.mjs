// Files the ingest tests drop into the app, written here rather than committed: a minimal PDF
// with a text layer, a "password-protected" one (an /Encrypt dictionary whose empty user
// password does not match, which is all a reader checks before asking for a password), a
// binary file, control-byte junk, a text in a legacy encoding (windows-1251), and hostile markup.

// A one-page PDF showing `lines` in Helvetica; offsets in the xref table are computed.
export function pdf(lines, { encrypt = false } = {}) {
  const stream = [
    'BT',
    '/F1 18 Tf',
    '72 720 Td',
    '22 TL',
    ...lines.map((l) => `(${l.replace(/[()\\]/g, '\\$&')}) '`),
    'ET',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  if (encrypt) {
    const hex = (n) => '<' + '5a'.repeat(n) + '>';
    objects.push(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O ${hex(32)} /U ${hex(32)} >>`);
  }
  const id = '<00112233445566778899aabbccddeeff>';
  return assemble(objects, encrypt ? ` /Encrypt 6 0 R /ID [${id} ${id}]` : '');
}

// Numbered objects, the xref table with their computed offsets, and the trailer.
function assemble(objects, trailerExtra = '') {
  let body = '%PDF-1.4\n';
  const offsets = objects.map((obj, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body +=
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export const hostileName = '<img src=x onerror=alert(1)>.txt';
export const hostileText = '</script><script>alert(2)</script><img src=x onerror=alert(3)> 부산';

export function files() {
  return {
    text: {
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Ferries leave Busan at dawn. 부산 항구.\n'),
    },
    markdown: {
      name: 'plan.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Plan\n\nMeet in **Valencia** in May.\n'),
    },
    html: {
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><head><title>t</title><style>body{color:red}</style></head><body><h1>Київ &amp; Busan</h1>' +
          '<script>window.pwned = 1; document.title = "HTML_SCRIPT_TEXT"</script><p>Встреча в&nbsp;мае.</p></body></html>',
      ),
    },
    pdf: {
      name: 'report.pdf',
      mimeType: 'application/pdf',
      buffer: pdf(['Harbor report for Busan', 'Second line of text']),
    },
    encrypted: { name: 'secret.pdf', mimeType: 'application/pdf', buffer: pdf(['hidden'], { encrypt: true }) },
    binary: {
      name: 'image.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]),
    },
    legacy: {
      name: 'legacy.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xc2, 0xf1, 0xf2, 0xf0, 0xe5, 0xf7, 0xe0, 0x20, 0xe2]),
    },
    // Control bytes without a NUL: only the engine's charset detection sees that it is not text.
    junk: {
      name: 'junk.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(Array.from({ length: 200 }, (_, i) => (i * 97 + 13) % 256).filter((b) => b)),
    },
    hostile: { name: hostileName, mimeType: 'text/plain', buffer: Buffer.from(hostileText) },
  };
}

// A one-page PDF in Korean whose font is not embedded and whose encoding is Adobe's predefined
// KSCms-UHC-H CMap (the text is CP949 bytes; CIDs from Adobe-Korea1): pdf.js reads such text
// only with the KSCms-UHC-H and Adobe-Korea1-UCS2 CMaps. CP949 bytes come from reversing the
// platform's decoder (WHATWG "euc-kr" is CP949), over every two-byte code.
let cp949 = null;
function encodeCp949(text) {
  if (!cp949) {
    cp949 = new Map();
    const decoder = new TextDecoder('euc-kr');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\uFFFD' && !cp949.has(ch)) cp949.set(ch, [lead, trail]);
      }
  }
  return [...text].flatMap((ch) => {
    if (ch.charCodeAt(0) < 0x80) return [ch.charCodeAt(0)];
    const code = cp949.get(ch);
    if (!code) throw new Error(`not in CP949: ${ch}`);
    return code;
  });
}
export function koreanPdf(lines) {
  const hex = (s) =>
    `<${encodeCp949(s)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('')}>`;
  const stream = ['BT', '/F1 18 Tf', '72 720 Td', '24 TL', ...lines.map((l) => `${hex(l)} '`), 'ET'].join('\n');
  const font = 'HYSMyeongJo-Medium'; // one of the fonts readers substitute; not embedded here
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type0 /BaseFont /${font} /Encoding /KSCms-UHC-H /DescendantFonts [6 0 R] >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${font} /CIDSystemInfo << /Registry (Adobe) /Ordering (Korea1) /Supplement 1 >> /FontDescriptor 7 0 R /DW 1000 >>`,
    `<< /Type /FontDescriptor /FontName /${font} /Flags 6 /FontBBox [0 -148 1001 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>`,
  ];
  return assemble(objects);
}
