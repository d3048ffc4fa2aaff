/** Scrolling to and focusing a block, done on the DOM so thousands of memoised blocks stay untouched. */

const FLASH_CLASS = 'is-flashing';
const FLASH_MS = 2600;
const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

function flash(element: HTMLElement): void {
  const previous = timers.get(element);
  if (previous !== undefined) clearTimeout(previous);
  element.classList.remove(FLASH_CLASS);
  void element.offsetWidth; // Restart the animation.
  element.classList.add(FLASH_CLASS);
  timers.set(
    element,
    setTimeout(() => element.classList.remove(FLASH_CLASS), FLASH_MS),
  );
}

/** Brings a block into view and moves focus to it. Returns false if the block is not on the page. */
export function goToBlock(blockId: string, options: { flash: boolean }): boolean {
  const element = document.getElementById(blockId);
  if (!element || !element.hasAttribute('data-block-id')) return false;
  element.scrollIntoView({ block: options.flash ? 'center' : 'start', behavior: 'instant' });
  element.focus({ preventScroll: true });
  if (options.flash) flash(element);
  return true;
}

/** Brings the document's title into view and focuses it. */
export function goToTop(titleId: string): void {
  window.scrollTo({ top: 0, behavior: 'instant' });
  document.getElementById(titleId)?.focus({ preventScroll: true });
}
