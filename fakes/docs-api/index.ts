// The Advanced Docs service fake (Docs.Documents.get / batchUpdate) over the DocumentApp fake's document states.

export { createAdvancedDocs } from './documents';
export { layoutOf } from './layout';
