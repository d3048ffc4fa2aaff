/**
 * Decides, from the window's width, the text size and the reader's measure, whether the agenda and
 * the comment pane sit beside the content or over it (paneFit). Sizes are read from the page's
 * own styles, so they follow the text size and the CSS.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { selectFontScale, useSettings } from '../api/settings';
import { selectReaderMeasure, useLayoutStore } from '../stores/layoutStore';
import { fitPanes, type PaneFit } from './paneFit';

/** Reading size and the reader column's extra widths, in rems and ems (reader.css: --read-size, --gutter, --page-pad). */
const READ_SIZE_REM = 1.125;
const GUTTER_EM = 3.1;
const PAGE_PAD_EM = 2;
/** Pane widths in rems (layout.css, comments-layout.css --pane-width). */
const AGENDA_REM = 20;
const COMMENTS_REM = 24;
/** What any other screen needs beside the panes. */
const MIN_CONTENT_REM = 36;

/** The page's sizes that the fit depends on, read when they may have changed (never on a document's first paint). */
interface PageBox {
  viewport: number;
  padding: number;
  rem: number;
}

function readPageBox(): PageBox {
  const root = document.documentElement;
  const rem = parseFloat(getComputedStyle(root).fontSize) || 16;
  const main = document.querySelector('.main-pane');
  const mainStyle = main ? getComputedStyle(main) : null;
  const padding = mainStyle ? parseFloat(mainStyle.paddingLeft) + parseFloat(mainStyle.paddingRight) : 2 * rem;
  return { viewport: root.clientWidth, padding, rem };
}

function contentWidth({ padding, rem }: PageBox, readerMeasureEm: number | null): number {
  const reader = readerMeasureEm === null ? 0 : READ_SIZE_REM * rem * (readerMeasureEm + GUTTER_EM + PAGE_PAD_EM) + 2;
  return Math.max(reader, MIN_CONTENT_REM * rem) + padding;
}

export function useLayoutFit(commentsOpen: boolean, readerActive: boolean): PaneFit {
  const scale = useSettings(selectFontScale);
  const measure = useLayoutStore(selectReaderMeasure);
  const readerMeasure = readerActive ? measure : null;
  const [fit, setFit] = useState<PaneFit>({ agenda: 'docked', comments: 'docked', agendaWithComments: 'docked' });
  // Read at start-up and when the text size or the window changes; a document opening only
  // changes the reader's measure, which needs no read (a read then forced a layout of all its text).
  const box = useRef<PageBox | null>(null);
  const boxScale = useRef(scale);
  const inputs = useRef({ readerMeasure, commentsOpen });
  const update = useCallback(() => {
    if (!box.current) return;
    const { rem, viewport } = box.current;
    const next = fitPanes({
      viewport,
      content: contentWidth(box.current, inputs.current.readerMeasure),
      agendaWidth: AGENDA_REM * rem,
      commentsWidth: COMMENTS_REM * rem,
      commentsOpen: inputs.current.commentsOpen,
    });
    setFit((prev) =>
      prev.agenda === next.agenda && prev.comments === next.comments && prev.agendaWithComments === next.agendaWithComments
        ? prev
        : next,
    );
  }, []);
  useLayoutEffect(() => {
    if (!box.current || boxScale.current !== scale) box.current = readPageBox();
    boxScale.current = scale;
    inputs.current = { readerMeasure, commentsOpen };
    update();
  }, [scale, readerMeasure, commentsOpen, update]);
  useEffect(() => {
    // Resize observers report after layout, so reading the sizes there forces nothing.
    const observer = new ResizeObserver(() => {
      box.current = readPageBox();
      update();
    });
    observer.observe(document.documentElement);
    return () => observer.disconnect();
  }, [update]);
  return fit;
}
