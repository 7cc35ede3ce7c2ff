// The example site's own code: the Loupe API as an ES module. Two independent instances on
// one page, a document added from bytes, a snapshot saved and restored into a third.
import { Loupe, LoupeError } from '../loupe.js';

const out = document.getElementById('api-output');
function show(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = term;
  const dd = document.createElement('dd');
  dd.textContent = value;
  dd.dataset.term = term;
  out.append(dt, dd);
}

const a = await Loupe.create({ worker: true });
const b = await Loupe.create({ worker: true });
await a.add({ id: 'note', name: 'note.txt', text: 'Ferries leave Busan at dawn.' });
await b.add({ id: 'memo', name: 'memo.txt', bytes: new TextEncoder().encode('부산 항구는 새벽에 붐빈다.') });
show('instance a', (await a.list()).map((d) => d.name).join(', '));
show('instance b', (await b.list()).map((d) => d.name).join(', '));
show('tokens', (await b.tokenize('부산 항구는 새벽에 붐빈다.')).map((t) => t.surface).join(' | '));

const restored = await Loupe.load(await a.save());
show('restored', (await restored.list()).map((d) => `${d.name} (${d.chars} characters)`).join(', '));
try {
  await a.search('Busan');
  show('search', 'available');
} catch (err) {
  show('search', err instanceof LoupeError ? `${err.code}: ${err.message}` : String(err));
}
for (const l of [a, b, restored]) l.dispose();
document.body.dataset.done = 'true';
