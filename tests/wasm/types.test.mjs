// web/types/loupe.d.ts is hand-written (the library is plain JS), so this test holds it to the
// code: (1) tests/wasm/types-usage.ts, which uses every API of web/README.md, type-checks with
// strict options and no diagnostics (and a d.ts with one method renamed does not); (2) the
// exports, class members and parameter optionality that the d.ts declares equal what
// web/src/lib/*.js define, read with the TypeScript parser (the library needs a browser, so it
// is parsed, not imported); the same for web/types/site.d.ts (the "loupe/site" entry:
// LoupeSite and the index= element) with tests/wasm/site-types-usage.ts; (3) the worker answers every op the client sends, reports exactly
// the declared capabilities, and every error code it throws is a declared LoupeErrorCode.
// Needs no wasm build: `node --test tests/wasm/types.test.mjs`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(root, 'web');
const dtsPath = path.join(web, 'types/loupe.d.ts');
const elementDtsPath = path.join(web, 'types/element.d.ts');
const siteDtsPath = path.join(web, 'types/site.d.ts');
const usagePath = path.join(root, 'tests/wasm/types-usage.ts');
const siteUsagePath = path.join(root, 'tests/wasm/site-types-usage.ts');
const read = (file) => readFileSync(file, 'utf8');

const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  isolatedModules: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  // The package's two typed entry points (web/package.json): "." and "./element", whose d.ts
  // re-exports the element's declarations from loupe.d.ts.
  paths: { loupe: [dtsPath], 'loupe/element': [elementDtsPath], 'loupe/site': [siteDtsPath] },
};

// Type-checks the usage files; `dtsText` replaces the d.ts at `replaced` on disk (for the
// must-fail check).
function diagnostics(dtsText, replaced = dtsPath) {
  const host = ts.createCompilerHost(compilerOptions, true);
  if (dtsText !== undefined) {
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (file, lang, ...rest) =>
      path.resolve(file) === replaced
        ? ts.createSourceFile(file, dtsText, lang, true)
        : getSourceFile(file, lang, ...rest);
  }
  const program = ts.createProgram([usagePath, siteUsagePath], compilerOptions, host);
  assert.ok(program.getSourceFile(dtsPath), 'the usage file must resolve "loupe" to web/types/loupe.d.ts');
  assert.ok(program.getSourceFile(siteDtsPath), 'the site usage file must resolve "loupe/site" to web/types/site.d.ts');
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${path.relative(root, d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

test('types-usage.ts type-checks against loupe.d.ts with strict options', () => {
  assert.deepEqual(diagnostics(), []);
});

test('the type check fails when the d.ts is wrong', () => {
  const dts = read(dtsPath);
  const baseline = new Set(diagnostics(dts));
  const broken = [
    dts.replace('tokenize(text: string)', 'tokenise(text: string)'),
    dts.replace('highlights: LoupeHighlight[];', 'highlights: LoupeRange[];'),
    dts.replace('remove(id: string | number): Promise<true>;', 'remove(id: string | number): any;'),
  ];
  for (const [i, text] of broken.entries()) {
    assert.notEqual(text, dts, `mutation ${i} must apply`);
    assert.ok(
      diagnostics(text).some((d) => !baseline.has(d)),
      `mutation ${i}: a wrong d.ts must produce new diagnostics`,
    );
  }
  const site = read(siteDtsPath);
  const siteBroken = [
    site.replace('search(query: string', 'find(query: string'),
    site.replace(
      "export type LoupeSiteFacetName = 'entity' | 'year' | 'month';",
      "export type LoupeSiteFacetName = 'entity';",
    ),
    site.replace('round: number;', 'rounds: number;'),
  ];
  for (const [i, text] of siteBroken.entries()) {
    assert.notEqual(text, site, `site mutation ${i} must apply`);
    assert.ok(
      diagnostics(text, siteDtsPath).some((d) => !baseline.has(d)),
      `site mutation ${i}: a wrong site.d.ts must produce new diagnostics`,
    );
  }
});

// ---- the runtime surface, read from the JS with the TypeScript parser ----

const parse = (file, kind = ts.ScriptKind.JS) =>
  ts.createSourceFile(file, read(file), ts.ScriptTarget.ES2022, true, kind);
const hasModifier = (node, kind) => (ts.getModifiers?.(node) ?? node.modifiers ?? []).some((m) => m.kind === kind);
const nameOf = (node) => node.name && (ts.isPrivateIdentifier(node.name) ? null : node.name.getText());

// A module's exports: name -> declaration node (class, function), following `export {..} from`.
function exportsOf(file) {
  const out = new Map();
  const sf = parse(file);
  const local = new Map();
  for (const s of sf.statements) {
    if ((ts.isClassDeclaration(s) || ts.isFunctionDeclaration(s)) && s.name) local.set(s.name.text, s);
  }
  for (const s of sf.statements) {
    if ((ts.isClassDeclaration(s) || ts.isFunctionDeclaration(s)) && hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      out.set(s.name.text, { node: s, sf });
    } else if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause)) {
      const from = s.moduleSpecifier ? exportsOf(path.resolve(path.dirname(file), s.moduleSpecifier.text)) : null;
      for (const e of s.exportClause.elements) {
        const inner = (e.propertyName ?? e.name).text;
        const found = from ? from.get(inner) : local.get(inner) && { node: local.get(inner), sf };
        assert.ok(found, `${path.relative(root, file)}: export ${inner} not found`);
        out.set(e.name.text, found);
      }
    } else {
      assert.ok(!ts.isExportAssignment(s), `${path.relative(root, file)}: unexpected default export`);
    }
  }
  return out;
}

// Members of a class: "name" or "static name" -> { kind: 'method'|'get'|'field', params }.
// JS: methods, accessors, fields, `this.x =` in the constructor, and `Class.x =` statements.
function membersOf(cls, sf, { declaration }) {
  const out = new Map();
  const params = (fn) =>
    fn.parameters.map((p) => ({
      name: p.name.getText(),
      optional: Boolean(p.questionToken || p.initializer || p.dotDotDotToken),
    }));
  const put = (node, key, value) => {
    if (!declaration || !hasModifier(node, ts.SyntaxKind.PrivateKeyword)) out.set(key, value);
  };
  for (const m of cls.members) {
    const name = ts.isConstructorDeclaration(m) ? 'constructor' : nameOf(m);
    if (!name) continue; // #private
    const key = (hasModifier(m, ts.SyntaxKind.StaticKeyword) ? 'static ' : '') + name;
    if (ts.isConstructorDeclaration(m)) {
      out.set(key, { kind: 'method', params: params(m), private: hasModifier(m, ts.SyntaxKind.PrivateKeyword) });
      if (!declaration && m.body) {
        m.body.forEachChild(function visit(n) {
          if (
            ts.isBinaryExpression(n) &&
            n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
            ts.isPropertyAccessExpression(n.left) &&
            n.left.expression.kind === ts.SyntaxKind.ThisKeyword &&
            !ts.isPrivateIdentifier(n.left.name)
          )
            out.set(n.left.name.text, { kind: 'field' });
          n.forEachChild(visit);
        });
      }
    } else if (ts.isMethodDeclaration(m)) put(m, key, { kind: 'method', params: params(m) });
    else if (ts.isGetAccessorDeclaration(m)) put(m, key, { kind: 'get' });
    else if (ts.isPropertyDeclaration(m)) {
      put(m, key, { kind: 'field', readonly: hasModifier(m, ts.SyntaxKind.ReadonlyKeyword), node: m });
    }
  }
  for (const s of sf.statements) {
    // Loupe.LoupeError = LoupeError;
    const e = ts.isExpressionStatement(s) && s.expression;
    if (
      e &&
      ts.isBinaryExpression(e) &&
      ts.isPropertyAccessExpression(e.left) &&
      e.left.expression.getText() === cls.name.text
    )
      out.set(`static ${e.left.name.text}`, { kind: 'field' });
  }
  return out;
}

const dtsSf = parse(dtsPath, ts.ScriptKind.TS);
const declared = new Map(); // exported value declarations of the d.ts files
const declaredIn = new Map(); // name -> the d.ts source file declaring it
for (const sf of [dtsSf, parse(siteDtsPath, ts.ScriptKind.TS)]) {
  for (const s of sf.statements) {
    if ((ts.isClassDeclaration(s) || ts.isFunctionDeclaration(s)) && hasModifier(s, ts.SyntaxKind.ExportKeyword)) {
      declared.set(s.name.text, s);
      declaredIn.set(s.name.text, sf);
    }
    assert.ok(!ts.isVariableStatement(s) && !ts.isEnumDeclaration(s), 'declare values as classes or functions');
  }
}

// The JS entry points typed by loupe.d.ts: web/package.json's exports, dist/X.js -> src/lib/X.js.
const pkg = JSON.parse(read(path.join(web, 'package.json')));
const entries = Object.entries(pkg.exports)
  .filter(
    ([, v]) =>
      typeof v === 'object' && ['./types/loupe.d.ts', './types/element.d.ts', './types/site.d.ts'].includes(v.types),
  )
  .map(([key, v]) => [key, path.join(web, v.import.replace(/^\.\/dist\//, 'src/lib/'))]);
const runtime = new Map();
for (const [, file] of entries) for (const [name, found] of exportsOf(file)) runtime.set(name, found);

test('the element entry declares exactly what loupe-element.js exports', () => {
  const element = entries.find(([key]) => key === './element');
  const declaredNames = ts
    .createSourceFile(elementDtsPath, read(elementDtsPath), ts.ScriptTarget.ES2022, true)
    .statements.filter(ts.isExportDeclaration)
    .flatMap((s) => s.exportClause.elements.map((e) => e.name.text));
  assert.deepEqual([...exportsOf(element[1]).keys()].sort(), declaredNames.sort());
});

test('every runtime export is declared, and every declared value exists at runtime', () => {
  assert.deepEqual(entries.map(([key]) => key).sort(), ['.', './element', './site']);
  assert.deepEqual([...runtime.keys()].sort(), [...declared.keys()].sort());
  for (const [name, { node }] of runtime) {
    assert.equal(ts.SyntaxKind[declared.get(name).kind], ts.SyntaxKind[node.kind], `${name}: class vs function`);
    if (ts.isFunctionDeclaration(node)) {
      const opt = (fn) => fn.parameters.map((p) => Boolean(p.questionToken || p.initializer));
      assert.deepEqual(opt(declared.get(name)), opt(node), `${name}: parameters (true = optional)`);
    }
  }
});

// Declared members the JS sets dynamically, and JS members that are not API, with the reason.
const declaredOnly = {
  LoupeError: { reason: 'copied from the worker error details by Object.assign' },
  LoupeSite: { documents: 'set by LoupeSite.open', chunks: 'set by LoupeSite.open' },
};
const undeclared = {
  LoupeSearchElement: {
    connectedCallback: 'custom-element lifecycle',
    disconnectedCallback: 'custom-element lifecycle',
    input: 'shadow-DOM node',
    status: 'shadow-DOM node',
    results: 'shadow-DOM node',
    labelNode: 'shadow-DOM node',
  },
  LoupeSiteSearchElement: {
    connectedCallback: 'custom-element lifecycle',
    disconnectedCallback: 'custom-element lifecycle',
    input: 'shadow-DOM node',
    status: 'shadow-DOM node',
    results: 'shadow-DOM node',
    labelNode: 'shadow-DOM node',
  },
};

test('each class declares exactly its runtime members, with the same optional parameters', () => {
  for (const [name, { node, sf }] of runtime) {
    if (!ts.isClassDeclaration(node)) continue;
    const js = membersOf(node, sf, { declaration: false });
    const dts = membersOf(declared.get(name), declaredIn.get(name), { declaration: true });
    const skipJs = undeclared[name] ?? {};
    const skipDts = declaredOnly[name] ?? {};
    assert.deepEqual(
      [...dts.keys()].filter((k) => !(k in skipDts)).sort(),
      [...js.keys()].filter((k) => !(k in skipJs) && (k !== 'constructor' || dts.has(k))).sort(),
      `${name}: members`,
    );
    for (const [key, d] of dts) {
      const j = js.get(key);
      if (!j) continue;
      if (j.kind === 'method') {
        assert.equal(d.kind, 'method', `${name}.${key} is a method`);
        assert.deepEqual(
          d.params.map((p) => p.optional),
          j.params.map((p) => p.optional),
          `${name}.${key}: parameters (true = optional)`,
        );
      } else if (j.kind === 'get') {
        assert.ok(d.kind === 'get' || d.readonly, `${name}.${key} is a getter: declare it readonly`);
      }
    }
  }
  // The Loupe class is the API: nothing of it may hide behind an exception list.
  assert.equal(undeclared.Loupe, undefined);
  assert.equal(declaredOnly.Loupe, undefined);
});

test('the worker answers every client op and reports exactly the declared capabilities', () => {
  const client = parse(path.join(web, 'src/lib/client.js'));
  const worker = parse(path.join(web, 'src/worker/worker.js'));
  const sent = new Set();
  client.forEachChild(function visit(n) {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.getText() === '#call' &&
      ts.isStringLiteral(n.arguments[0])
    )
      sent.add(n.arguments[0].text);
    n.forEachChild(visit);
  });
  let ops = null;
  const caps = new Set();
  worker.forEachChild(function visit(n) {
    if (ts.isVariableDeclaration(n) && n.name.getText() === 'ops')
      ops = n.initializer.properties.map((p) => p.name.getText());
    if (ts.isVariableDeclaration(n) && n.name.getText() === 'caps')
      n.initializer.properties.forEach((p) => caps.add(p.name.getText()));
    if (ts.isForOfStatement(n) && /\bcaps\[/.test(n.statement.getText()))
      n.expression.elements.forEach((e) => caps.add(e.text));
    n.forEachChild(visit);
  });
  assert.ok(sent.size >= 10 && ops, 'client ops and worker ops found');
  for (const op of sent) assert.ok(ops.includes(op), `the worker has no op "${op}"`);
  const capsType = dtsSf.statements.find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'LoupeCapabilities');
  assert.deepEqual([...caps].sort(), capsType.members.map((m) => m.name.getText()).sort());
});

test('every error code and bad_file reason the library throws is declared', () => {
  const codeType = dtsSf.statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'LoupeErrorCode');
  const codes = new Set(codeType.type.types.filter((t) => ts.isLiteralTypeNode(t)).map((t) => t.literal.text));
  const reasonDoc = dtsSf.statements
    .find((s) => ts.isClassDeclaration(s) && s.name.text === 'LoupeError')
    .members.find((m) => nameOf(m) === 'reason')
    .getFullText();
  const thrown = { code: new Set(), reason: new Set() };
  const files = ['client.js', 'errors.js', 'loupe-site-client.js'].map((f) => `src/lib/${f}`);
  for (const file of [...files, 'src/worker/worker.js', 'src/worker/extract.js']) {
    parse(path.join(web, file)).forEachChild(function visit(n) {
      if (ts.isNewExpression(n) && n.arguments?.[0] && ts.isStringLiteral(n.arguments[0])) {
        const cls = n.expression.getText();
        if (cls === 'LoupeError' || cls === 'ReplyError') thrown.code.add(n.arguments[0].text);
        if (cls === 'FileError' || cls === 'LoupeExtract.FileError') thrown.reason.add(n.arguments[0].text);
      }
      if (ts.isBinaryExpression(n) && n.left.getText() === 'this.code' && ts.isStringLiteral(n.right))
        thrown.code.add(n.right.text);
      n.forEachChild(visit);
    });
  }
  assert.ok(thrown.code.size >= 6 && thrown.reason.size >= 5, 'thrown codes and reasons found');
  for (const code of thrown.code) assert.ok(codes.has(code), `LoupeErrorCode lacks "${code}"`);
  for (const reason of thrown.reason)
    assert.ok(reasonDoc.includes(`"${reason}"`), `LoupeError.reason's doc lacks "${reason}"`);
});
