// The page: sends text to the engine worker and shows the tokens it returns.
// A classic script (no modules) so the same file works from http:// and from file://.
'use strict';
(function main() {
  const $ = (id) => document.getElementById(id);
  const input = $('text-input');
  const status = $('status');

  // In the file:// build the worker's source is inlined in the page: browsers refuse
  // new Worker('worker.js') on file:// (origin 'null'), but a Blob URL works.
  function startWorker() {
    const inlined = document.getElementById('loupe-worker-source');
    if (!inlined) return new Worker('worker.js');
    const blob = new Blob([inlined.textContent], { type: 'text/javascript' });
    return new Worker(URL.createObjectURL(blob));
  }

  const worker = startWorker();
  const pending = new Map();
  let nextId = 1;
  worker.onmessage = (e) => {
    const resolve = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (resolve) resolve(e.data.reply);
  };
  worker.onerror = (e) => showError(`The engine failed to start: ${e.message || 'unknown error'}`);
  const call = (op, text) => new Promise((resolve) => {
    const id = nextId++;
    pending.set(id, resolve);
    worker.postMessage({ id, op, text });
  });

  function showError(message) {
    status.textContent = message;
    status.classList.add('error');
  }

  function render(tokens) {
    const list = $('tokens');
    list.replaceChildren(...tokens.map((t) => {
      const li = document.createElement('li');
      li.textContent = t.surface;  // text, never markup
      li.dataset.u16 = `${t.begin_u16}-${t.end_u16}`;
      const off = document.createElement('span');
      off.className = 'off';
      off.textContent = `${t.begin_u16}–${t.end_u16}`;
      li.append(off);
      return li;
    }));
    $('token-count').textContent = `(${tokens.length})`;
  }

  let latest = 0;
  async function analyze() {
    const ticket = ++latest;
    const reply = await call('tokenize', input.value);
    if (ticket !== latest) return;  // a newer keystroke already asked
    if (!reply.ok) return showError(reply.error.message);
    status.classList.remove('error');
    status.textContent = 'Ready.';
    render(reply.tokens);
  }

  input.addEventListener('input', analyze);
  input.addEventListener('dragover', (e) => { e.preventDefault(); input.classList.add('dragging'); });
  input.addEventListener('dragleave', () => input.classList.remove('dragging'));
  input.addEventListener('drop', async (e) => {
    e.preventDefault();
    input.classList.remove('dragging');
    const file = e.dataTransfer.files[0];
    if (!file) return;
    input.value = await file.text();
    analyze();
  });
  analyze();
})();
