// Reads createFile's arguments: (name, content[, mimeType]) or a BlobSource, as DriveApp accepts both.

export interface FileInit {
  name: string;
  content: string;
  mimeType: string;
}

export function fileInit(args: unknown[]): FileInit {
  const [first, content, mimeType] = args;
  if (typeof first === 'string') {
    return { name: first, content: String(content ?? ''), mimeType: typeof mimeType === 'string' ? mimeType : 'text/plain' };
  }
  const blob = (first as GoogleAppsScript.Base.BlobSource).getBlob();
  return { name: blob.getName() ?? 'Untitled', content: blob.getDataAsString(), mimeType: blob.getContentType() ?? 'application/octet-stream' };
}
