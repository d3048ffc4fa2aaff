/** Keyboard helpers shared by the reader's and the app's shortcuts. */

/** Typing goes to this element: single-letter shortcuts must leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** Alt + one key, nothing else held (by physical key, so any keyboard layout works). */
export function isAltKey(event: KeyboardEvent, code: string): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.code === code;
}

export function noModifiers(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
}

export function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
