import { useEffect, useRef } from 'react';

/** A card's ref: scrolled into view when it becomes active, focused each time `focusNonce` changes. */
export function useCardFocus<T extends HTMLElement>(focusNonce: number | null, active: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (focusNonce === null || !ref.current) return;
    ref.current.scrollIntoView({ block: 'nearest' });
    ref.current.focus({ preventScroll: true });
  }, [focusNonce]);
  useEffect(() => {
    if (active && focusNonce === null) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active, focusNonce]);
  return ref;
}
