/**
 * The reader column's measure (lineMeasure): published for the page layout (layoutStore, which
 * gives the body text its room), whether the contents fit beside the column or go above it, and
 * how many ems of text the column holds (--fit-em, which an over-wide heading is condensed to).
 */
import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { loadReadingFaces, measureLines, type ReaderMeasure } from '../layout/lineMeasure';
import { useLayoutStore } from '../stores/layoutStore';
import type { Segment } from './prepare';

/** Reader column extras and the contents' width, in ems of the reading size / rems (reader.css). */
const GUTTER_EM = 3.1;
const PAGE_PAD_EM = 2;
const READ_SIZE_REM = 1.125;
const TOC_MIN_REM = 11;
const TOC_GAP_REM = 1.75;
/** 80 characters of ordinary Vietnamese text in the reading face, for the moment before it loads. */
const UNMEASURED: ReaderMeasure = { bodyEm: 39, widestEm: 39, headingEm: new Map() };

export interface ReaderFit {
  measure: ReaderMeasure;
  tocAbove: boolean;
  /** Ems of text the column holds (null before it is laid out). */
  fitEm: number | null;
}

export function useReaderMeasure(
  segments: readonly Segment[],
  readerRef: RefObject<HTMLElement | null>,
  active: boolean,
): ReaderFit {
  const [facesReady, setFacesReady] = useState(false);
  useEffect(() => {
    let live = true;
    void loadReadingFaces().then(() => live && setFacesReady(true));
    return () => {
      live = false;
    };
  }, []);
  // Measured once the face has loaded (a fallback face has other widths); until then a usual width.
  const measure = useMemo(() => (facesReady ? measureLines(segments) : UNMEASURED), [segments, facesReady]);

  const setReaderMeasure = useLayoutStore((s) => s.setReaderMeasure);
  useLayoutEffect(() => {
    setReaderMeasure(active && segments.length > 0 ? measure.bodyEm : null);
  }, [active, measure, segments.length, setReaderMeasure]);
  useEffect(() => () => setReaderMeasure(null), [setReaderMeasure]);

  const [tocAbove, setTocAbove] = useState(false);
  const [fitEm, setFitEm] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = readerRef.current;
    if (!element || !active) return;
    const update = () => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const readPx = READ_SIZE_REM * rem;
      const column = readPx * (measure.widestEm + GUTTER_EM + PAGE_PAD_EM) + 2;
      setTocAbove(element.clientWidth < column + (TOC_MIN_REM + TOC_GAP_REM) * rem);
      const body = element.querySelector('.doc-body');
      if (body) setFitEm(Math.floor((body.clientWidth / readPx - GUTTER_EM - PAGE_PAD_EM) * 100) / 100);
    };
    // Not read now: the observer's first report comes after the browser's own layout, so the
    // document's first paint forces no layout of its text (it cost ~120 ms at 3,000 blocks).
    const observer = new ResizeObserver(update);
    observer.observe(element);
    const body = element.querySelector('.doc-body');
    if (body) observer.observe(body);
    return () => observer.disconnect();
  }, [readerRef, active, measure, segments]);
  return { measure, tocAbove, fitEm };
}
