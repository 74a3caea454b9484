// DocumentApp's error wording, so code that matches on messages behaves as against real Docs.

export function documentMissing(id: string): string {
  return `Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`;
}

export const DOCUMENT_CLOSED = 'Document is closed, its contents cannot be updated.';
export const ACCESS_DENIED = 'Access denied: DocumentApp.';
export const LAST_PARAGRAPH = "Can't remove the last paragraph in a document section.";
export const NOT_A_CHILD = 'Element does not contain the specified child element.';
export const ELEMENT_GONE = 'Element no longer exists in the document.';
export const OUT_OF_BOUNDS = 'Child index out of bounds.';
export const UI_CONTEXT = 'Cannot call DocumentApp.getUi() from this context.';
