// Saves text the studio built in C# (a chart's data as CSV) as a file: a Blob behind a temporary link.
export function saveText(fileName, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download finds no data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
