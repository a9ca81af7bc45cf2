// Keeping unsaved work: a copy of the design in this browser's localStorage, and the browser's own "leave site?"
// warning while there is work that was never saved. Storage can refuse (private windows, a full quota): the studio
// then simply has no draft, it never fails an edit for it.

const warn = event => {
  event.preventDefault();
  // Older Chromium builds show the warning only when returnValue is set.
  event.returnValue = "";
};

export function guard(on) {
  window.removeEventListener("beforeunload", warn);
  if (on) {
    window.addEventListener("beforeunload", warn);
  }
}

export function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function write(key, value) {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function remove(key) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to remove.
  }
}
