import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Block, DocumentView } from '../../../../shared/domain/types';
import { sentenceSpans } from '../../../../shared/text/sentences';
import { usePanelStore, type PassageRef } from '../../stores/commentsPanelStore';
import { loadNotes } from '../../api/notes';
import { startComposing } from '../form/compose';
import { isAltKey, isTypingTarget, modalOpen, noModifiers } from './keys';
import { PassageToolbar } from './PassageToolbar';
import { wholeBlock } from './passage';
import { SentencePicker } from './SentencePicker';
import { useHighlightLayers } from './useHighlightLayers';
import { adjacentBlock, useKeyboardBlock } from './useKeyboardBlock';
import { usePassageHighlights } from './usePassageHighlights';
import { BODY_SELECTOR, useReaderSelection } from './useReaderSelection';
import '../../styles/comments-reader.css';

const CONTAINER = '.reader';
/** Class of the focused paragraph whose floating actions sit below it (comments-reader.css). */
const ROOM_FOR_TOOLBAR = 'has-toolbar-below';
/** The CSS variable holding the toolbar's measured height, and the gap above it (blockAnchor's 4px). */
const TOOLBAR_ROOM = '--toolbar-room';
const TOOLBAR_OFFSET = 4;

/** Where the floating actions of a keyboard-focused paragraph go: under it, at its right edge. */
function blockAnchor(blockId: string): { top: number; left: number } | null {
  const block = document.getElementById(blockId);
  const container = document.querySelector(CONTAINER);
  if (!block || !container) return null;
  const box = container.getBoundingClientRect();
  const rect = block.getBoundingClientRect();
  return { top: rect.bottom - box.top + 4, left: rect.right - box.left };
}

/**
 * The reader's side of commenting: the floating actions for a selection or a focused paragraph,
 * Alt+C / Alt+N, ↑/↓ between paragraphs, and the highlighted passages. Lives inside the reader.
 */
export function ReaderCommentLayer({ view, active }: { view: DocumentView; active: boolean }) {
  const { document: doc } = view;
  const blocks = useMemo(() => new Map(view.blocks.map((b) => [b.id, b])), [view]);
  const selection = useReaderSelection(active, blocks, CONTAINER);
  const keyboardBlockId = useKeyboardBlock(active);
  const [blockPosition, setBlockPosition] = useState<{ id: string; top: number; left: number } | null>(null);
  const [picking, setPicking] = useState<Block | null>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    void loadNotes(doc.id);
    usePanelStore.getState().followDocument(doc.id, doc.itemId);
  }, [doc.id, doc.itemId]);

  usePassageHighlights(BODY_SELECTOR, active ? doc.id : null, useHighlightLayers(view));

  // The paragraph's actions go under it, in room the paragraph makes (never over the next one's text).
  const showsBlockToolbar = active && !selection && keyboardBlockId !== null;
  useLayoutEffect(() => {
    if (!showsBlockToolbar || !keyboardBlockId) return;
    const element = document.getElementById(keyboardBlockId);
    element?.classList.add(ROOM_FOR_TOOLBAR);
    return () => element?.classList.remove(ROOM_FOR_TOOLBAR);
  }, [showsBlockToolbar, keyboardBlockId]);
  // The room is the toolbar's real height (it grows with the text size and wraps when narrow).
  const toolbarPlaced = showsBlockToolbar && blockPosition !== null && blockPosition.id === keyboardBlockId;
  useLayoutEffect(() => {
    const element = keyboardBlockId ? document.getElementById(keyboardBlockId) : null;
    const toolbar = toolbarRef.current;
    if (!toolbarPlaced || !element || !toolbar) return;
    const fit = () =>
      element.style.setProperty(TOOLBAR_ROOM, `${Math.ceil(toolbar.getBoundingClientRect().height) + TOOLBAR_OFFSET}px`);
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(toolbar);
    return () => {
      observer.disconnect();
      element.style.removeProperty(TOOLBAR_ROOM);
    };
  }, [toolbarPlaced, keyboardBlockId]);

  useLayoutEffect(() => {
    const place = () => {
      const at = keyboardBlockId ? blockAnchor(keyboardBlockId) : null;
      setBlockPosition((prev) =>
        at && keyboardBlockId
          ? prev?.id === keyboardBlockId && prev.top === at.top && prev.left === at.left
            ? prev
            : { id: keyboardBlockId, ...at }
          : null,
      );
    };
    const frame = requestAnimationFrame(place);
    // Blocks off screen are laid out at an estimated height (content-visibility) until scrolled to:
    // when the paragraph or the text above it takes its real size, the actions follow.
    const observer = new ResizeObserver(place);
    const block = keyboardBlockId ? document.getElementById(keyboardBlockId) : null;
    if (block) {
      observer.observe(block);
      const body = block.closest(BODY_SELECTOR);
      if (body) observer.observe(body);
    }
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [keyboardBlockId]);

  const target = useMemo((): { passage: PassageRef; scope: 'block' | 'selection' } | null => {
    if (selection) return { passage: selection.passage, scope: 'selection' };
    const block = keyboardBlockId ? blocks.get(keyboardBlockId) : undefined;
    const passage = block ? wholeBlock(block) : null;
    return passage ? { passage, scope: 'block' } : null;
  }, [selection, keyboardBlockId, blocks]);

  const act = (kind: 'comment' | 'note', passage: PassageRef) => {
    // The passage stays highlighted while the form is open; the browser's selection can go.
    window.getSelection()?.removeAllRanges();
    if (kind === 'comment') startComposing({ kind: 'comment', mode: 'new', itemId: doc.itemId, documentId: doc.id, passage });
    else startComposing({ kind: 'note', mode: 'new', documentId: doc.id, passage });
  };
  const actRef = useRef({ act, target });
  useEffect(() => {
    actRef.current = { act, target };
  });

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modalOpen()) return;
      const { act: run, target: current } = actRef.current;
      const kind = isAltKey(event, 'KeyC') ? 'comment' : isAltKey(event, 'KeyN') ? 'note' : null;
      if (kind && !isTypingTarget(event.target)) {
        // Alt+C on a paragraph without a selection: the paragraph it is on.
        const focused = document.activeElement?.closest<HTMLElement>(`${BODY_SELECTOR} [data-block-id]`);
        const block = focused ? blocks.get(focused.getAttribute('data-block-id') ?? '') : undefined;
        const passage = current?.passage ?? (block ? wholeBlock(block) : null);
        if (passage) {
          event.preventDefault();
          run(kind, passage);
        }
        return;
      }
      const el = event.target instanceof HTMLElement && event.target.hasAttribute('data-block-id') ? event.target : null;
      if (!el || !el.closest(BODY_SELECTOR)) return;
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && noModifiers(event)) {
        const next = adjacentBlock(el, event.key === 'ArrowDown' ? 1 : -1);
        if (next) {
          event.preventDefault();
          next.focus({ preventScroll: true });
          next.scrollIntoView({ block: 'nearest' });
        }
      } else if (event.key === 'Tab' && !event.shiftKey && toolbarRef.current) {
        event.preventDefault();
        toolbarRef.current.querySelector('button')?.focus();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, blocks]);

  if (picking) {
    // Focus went into the dialog, so the paragraph's actions are gone: the dialog stands alone.
    const block = picking;
    return (
      <SentencePicker
        block={block}
        onCancel={() => {
          setPicking(null);
          document.getElementById(block.id)?.focus();
        }}
        onChoose={(kind, passage) => {
          setPicking(null);
          // After the dialog has closed and handed focus back, so the form keeps it.
          setTimeout(() => act(kind, passage), 0);
        }}
      />
    );
  }
  if (!active || !target) return null;
  const position = target.scope === 'selection' ? selection : blockPosition?.id === keyboardBlockId ? blockPosition : null;
  if (!position) return null;
  const focusedBlock = target.scope === 'block' && keyboardBlockId ? blocks.get(keyboardBlockId) : undefined;
  const several = focusedBlock ? sentenceSpans(focusedBlock.text).length > 1 : false;
  return (
    <PassageToolbar
      ref={toolbarRef}
      scope={target.scope}
      clamped={target.scope === 'selection' && (selection?.clamped ?? false)}
      top={position.top}
      left={position.left}
      onComment={() => act('comment', target.passage)}
      onNote={() => act('note', target.passage)}
      onPickSentences={several && focusedBlock ? () => setPicking(focusedBlock) : undefined}
      onLeave={() =>
        keyboardBlockId ? document.getElementById(keyboardBlockId)?.focus() : window.getSelection()?.removeAllRanges()
      }
    />
  );
}
