// What the benchmark needs from the core, bundled with esbuild exactly as the extension ships it.
export { Analyzer, prepareConfig, stylePass } from '../src/core/analyze';
export { ParagraphCache } from '../src/core/pass';
export { parseArticle } from '../src/core/document';
export { loadStyleGuide } from '../src/core/config/styleGuide';
export { namesPass } from '../src/core/names/pass';
export { quotesPass } from '../src/core/quotes/pass';
export { eventsPass } from '../src/core/events/pass';
export { SourceIndex } from '../src/core/sources/sourceIndex';
export { checkQuotes, withQuoteSources } from '../src/core/sources/check';
