import type { AgendaItemKind } from '../../../../shared/domain/types';

/** In the order a session runs. */
export const ITEM_KINDS: readonly AgendaItemKind[] = [
  'khai_mac',
  'to_trinh',
  'bao_cao',
  'thao_luan',
  'chat_van',
  'bieu_quyet',
  'be_mac',
  'khac',
];

/** Finds an agenda item's card and focuses one of its controls (the first that is there and enabled). */
export function focusItemControl(itemId: string, controls: readonly string[]): void {
  requestAnimationFrame(() => {
    const card = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(itemId)}"]`);
    for (const control of controls) {
      const el = card?.querySelector<HTMLElement>(`[data-control="${control}"]`);
      if (el && !(el as HTMLButtonElement).disabled) {
        el.focus();
        return;
      }
    }
    card?.focus();
  });
}
