// Small settings kept in this browser's localStorage (the debug switch, "samples forgotten"):
// storage may be off, and then nothing is kept.
export function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage off: not kept */
  }
}
export function recall(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
