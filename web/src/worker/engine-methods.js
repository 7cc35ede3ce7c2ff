// The methods of the wasm module's Engine class (bindings/embind.cc), all of them: the worker
// checks once at start that the build has each (a stale engine build fails loudly, not view by
// view), and tests/wasm/worker-methods.test.mjs checks this list against the built class.
export const engineMethods = [
  'tokenize',
  'analyze',
  'analyzeBytes',
  'dates',
  'entities',
  'setEntityMinConfidence',
  'indexEntities',
  'indexDates',
  'entityModelsNeeded',
  'loadEntityModel',
  'addDocument',
  'addDocumentBytes',
  'removeDocument',
  'search',
  'searchTopDocs',
  'indexStats',
  'saveIndex',
  'loadIndex',
  'saveIndexWithoutText',
  'loadIndexWithSources',
];
