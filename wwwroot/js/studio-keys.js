// Studio-wide keyboard shortcuts (Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z, Escape). Listening on the document, not on the
// canvas, makes them work wherever focus is (a toolbar button, the page itself), while a text field keeps its own
// undo and Escape. Which key does what is decided in .NET (StudioShortcuts), so it is tested there.

const typingTarget = target =>
  target instanceof Element && (target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']") !== null);

// A dialog has its own keys (Escape closes it) and its own fields: the design behind it is left alone.
const inDialog = target => target instanceof Element && target.closest(".mud-dialog") !== null;

export function listen(dotnet) {
  const onKeyDown = event => {
    const withModifier = event.ctrlKey || event.metaKey;
    if (event.defaultPrevented || (!withModifier && event.key !== "Escape")) {
      return;
    }

    if (typingTarget(event.target) || inDialog(event.target)) {
      return;
    }

    const key = event.key.toLowerCase();
    // Only the combinations the studio uses are taken from the browser; every other shortcut keeps working.
    if (withModifier && !event.altKey && (key === "z" || key === "y")) {
      event.preventDefault();
    }

    dotnet.invokeMethodAsync("OnKey", event.key, event.ctrlKey, event.shiftKey, event.altKey, event.metaKey);
  };

  document.addEventListener("keydown", onKeyDown);
  return { dispose: () => document.removeEventListener("keydown", onKeyDown) };
}
