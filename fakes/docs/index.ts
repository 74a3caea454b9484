// DocumentApp fake over world.state.documents, plus the test helper that places a user's cursor.

import './body';
import './list-item';
import './paragraph';
import './rule';
import './table';
import './table-cell';
import './table-row';
import './text';

export { placeCursor } from './cursor';
export { createDocumentApp } from './document-app';
export { createDocumentState } from './model';
