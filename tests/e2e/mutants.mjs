// Proof that each of issue 17's ten problems has a test that fails without its fix: every mutant
// below puts one problem back into a copy of web/ (build/mutants/web, the engine read from
// web/dist), builds it, and runs the test that holds that fix against the copy, which must fail.
// Not a test of its own (a run builds the app once per mutant: about a minute each).
//   node tests/e2e/mutants.mjs            every mutant
//   node tests/e2e/mutants.mjs 3 8        the mutants of problems 3 and 8
// Prints one line per mutant, "killed" (the test failed, as it must) or "SURVIVED", and exits
// non-zero if any survived. web/README.md lists them with the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MUTANTS } from './mutant-list.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const work = join(root, 'build', 'mutants');
const engine = resolve(process.env.LOUPE_ENGINE_DIR || join(root, 'web', 'dist'));
const only = process.argv.slice(2).map(Number);

function copyWeb() {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'web'), join(work, 'web'), {
    recursive: true,
    filter: (p) => !p.startsWith(join(root, 'web', 'dist')) && !p.includes('node_modules'),
  });
  // build.mjs reads ../node_modules (esbuild, pdf.js) and ../models beside web/.
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
  symlinkSync(join(root, 'models'), join(work, 'models'));
}

let survived = 0;
for (const m of MUTANTS.filter((x) => !only.length || only.includes(x.problem))) {
  copyWeb();
  const file = join(work, 'web', m.file);
  const source = readFileSync(file, 'utf8');
  const at = source.indexOf(m.from);
  if (at < 0 || source.indexOf(m.from, at + 1) >= 0) {
    console.log(`problem ${m.problem} ${m.what}: the code to mutate is not found once in ${m.file}: stale mutant`);
    survived++;
    continue;
  }
  writeFileSync(file, source.replace(m.from, m.to));
  const dist = join(work, 'dist');
  mkdirSync(dist, { recursive: true });
  const env = { ...process.env, LOUPE_DIST: dist, LOUPE_ENGINE_DIR: engine };
  const build = spawnSync('node', [join(work, 'web', 'build.mjs')], { env, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(join(dist, 'app.js'))) {
    console.log(`problem ${m.problem} ${m.what}: the mutant does not build\n${build.stderr}`);
    survived++;
    continue;
  }
  const run = spawnSync(
    'node',
    ['--test', '--test-reporter=tap', `--test-name-pattern=${m.test[1]}`, join(root, 'tests', 'e2e', m.test[0])],
    { env, encoding: 'utf8', cwd: root },
  );
  const count = (what) => Number(new RegExp(`^# ${what} (\\d+)`, 'm').exec(run.stdout)?.[1] || 0);
  const killed = count('fail') > 0;
  const why = /^\s+error: \|?-?\s*\n?\s*(.*)$/m.exec(run.stdout)?.[1]?.slice(0, 140) || '';
  console.log(
    `problem ${m.problem} ${m.what}: ${killed ? 'killed' : 'SURVIVED'} by ${m.test[0]} "${m.test[1]}" ` +
      `(${count('pass')} passed, ${count('fail')} failed)${killed ? `: ${why}` : ''}`,
  );
  if (!killed) survived++;
}
rmSync(work, { recursive: true, force: true });
process.exit(survived ? 1 : 0);
