/** What the page layout needs from the reader: the measure of the open document's fixed lines. */
import { create } from 'zustand';

export interface LayoutState {
  /** The widest fixed line of the open document, in ems of the reading size (null: no document shown). */
  readerMeasureEm: number | null;
  setReaderMeasure(em: number | null): void;
}

export const useLayoutStore = create<LayoutState>()((set) => ({
  readerMeasureEm: null,
  setReaderMeasure(em) {
    set({ readerMeasureEm: em });
  },
}));

export const selectReaderMeasure = (s: LayoutState): number | null => s.readerMeasureEm;
