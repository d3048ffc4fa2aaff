/**
 * Decides, from the window's width, the text size and the reader's measure, whether the agenda and
 * the comment pane sit beside the content or over it (paneFit). Sizes are read from the page's
 * own styles, so they follow the text size and the CSS.
 */
import { useLayoutEffect, useState } from 'react';
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

function measureWidths(readerMeasureEm: number | null): { viewport: number; content: number; rem: number } {
  const root = document.documentElement;
  const rem = parseFloat(getComputedStyle(root).fontSize) || 16;
  const main = document.querySelector('.main-pane');
  const mainStyle = main ? getComputedStyle(main) : null;
  const padding = mainStyle ? parseFloat(mainStyle.paddingLeft) + parseFloat(mainStyle.paddingRight) : 2 * rem;
  const reader = readerMeasureEm === null ? 0 : READ_SIZE_REM * rem * (readerMeasureEm + GUTTER_EM + PAGE_PAD_EM) + 2;
  return { viewport: root.clientWidth, content: Math.max(reader, MIN_CONTENT_REM * rem) + padding, rem };
}

export function useLayoutFit(commentsOpen: boolean, readerActive: boolean): PaneFit {
  const scale = useSettings(selectFontScale);
  const measure = useLayoutStore(selectReaderMeasure);
  const readerMeasure = readerActive ? measure : null;
  const [fit, setFit] = useState<PaneFit>({ agenda: 'docked', comments: 'docked', agendaWithComments: 'docked' });
  useLayoutEffect(() => {
    const update = () => {
      const { viewport, content, rem } = measureWidths(readerMeasure);
      const next = fitPanes({
        viewport,
        content,
        agendaWidth: AGENDA_REM * rem,
        commentsWidth: COMMENTS_REM * rem,
        commentsOpen,
      });
      setFit((prev) =>
        prev.agenda === next.agenda && prev.comments === next.comments && prev.agendaWithComments === next.agendaWithComments
          ? prev
          : next,
      );
    };
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [scale, readerMeasure, commentsOpen]);
  return fit;
}
