import { useEffect, useState } from 'react';

/**
 * How many of `total` items to render now: `first` at once, then `step` more in each later task
 * until all are on the page, so a long list never blocks the window. Remount (key) to restart.
 */
export function useProgressiveCount(total: number, first: number, step: number): number {
  const [count, setCount] = useState(() => Math.min(first, total));
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => setCount((c) => Math.min(total, c + step)), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return Math.min(count, total);
}
