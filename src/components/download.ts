/** Hands `text` to the browser as a file download, made in the page (nothing is sent anywhere). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The click starts the download asynchronously; revoke once it has surely read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
