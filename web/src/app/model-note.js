// The entity models' health, said on screen (issue 17): when the engine reports
// model_unavailable for a language (worker/models.js: its model could not be fetched or read),
// a note under the status line names the languages; the app keeps working (that text's names
// come from the engine's simpler rules) and the note goes when every model is there again.
import { t, currentLang } from './i18n.js';

const $ = (id) => document.getElementById(id);
let langs = []; // the languages whose model is missing, as the engine named them

function languageName(code) {
  try {
    return new Intl.DisplayNames([currentLang()], { type: 'language' }).of(code) || code;
  } catch {
    return code;
  }
}

function render() {
  const note = $('model-note');
  note.hidden = !langs.length;
  note.dataset.langs = langs.join(' ');
  note.textContent = langs.length ? t('modelUnavailable', { langs: langs.map(languageName).join(', ') }) : '';
}

// errors: a reply's `errors` ([{ code, lang, message }]) or undefined (all models there).
export function noteModels(errors) {
  const missing = (errors || []).filter((e) => e?.code === 'model_unavailable').map((e) => String(e.lang));
  langs = [...new Set(missing)].sort();
  render();
}

export const relabelModelNote = render;
