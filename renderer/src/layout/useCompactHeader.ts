/**
 * Whether the header folds its tools into one menu: when the window is short or narrow for the
 * text size (in rems of the app's own size, so A+ counts), a header of three rows would take a
 * third of a 13-inch laptop's height from the text.
 */
import { useEffect, useState } from 'react';
import { selectFontScale, useSettings } from '../api/settings';

/** Below this height or width, in rems, the tools go into the menu (1280×720 at 100 % is 45 rem tall). */
const SHORT_REM = 50;
const NARROW_REM = 64;

function isCompact(): boolean {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return window.innerHeight < SHORT_REM * rem || window.innerWidth < NARROW_REM * rem;
}

export function useCompactHeader(): boolean {
  const scale = useSettings(selectFontScale);
  const [compact, setCompact] = useState(isCompact);
  // After every layout effect, so the root's size already follows the scale (useFontScale runs in App, a parent).
  useEffect(() => {
    const update = () => setCompact(isCompact());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [scale]);
  return compact;
}
