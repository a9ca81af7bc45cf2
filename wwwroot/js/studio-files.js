// Browser-only file and clipboard helpers for the studio (Blazor calls them through IJSRuntime).

// Saves text as a file download: a Blob URL on a temporary link, revoked once the click has been handled.
export function downloadText(fileName, text, mimeType) {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// Copies text to the clipboard; false where the browser refuses (no permission, insecure context).
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
