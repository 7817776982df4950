// The host suites, in order: one list for the Node entry (index.ts) and the web worker entry (index.web.ts).
/** Load every suite into the mocha instance set up by the caller. */
export function loadSuites(): void {
  require('./style.test');
  require('./features.test');
  require('./names.test');
  require('./editor.test');
  require('./sources.test');
  require('./scale.test');
}
