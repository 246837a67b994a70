import type { DownloadedFile } from '../../../core/api/environment-api.service';

/** How long the object URL is kept for the browser to start saving. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Saves a file fetched with the bearer token: a temporary object URL and a link with `download`,
 * clicked once (a plain link to the API would carry no token).
 */
export function saveFile(file: DownloadedFile, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
