/**
 * Saving a file from an extension page: a Blob behind an `<a download>` link, clicked and let go. No
 * `downloads` permission, no worker: the browser saves it like any download (and asks where, if the reader's
 * browser is set to ask).
 */
export function downloadText(fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has its own reference to the data once it starts; give it a moment before letting the URL go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
