import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block } from '../../../../shared/domain/types';
import { sentenceSpans } from '../../../../shared/text/sentences';
import type { PassageRef } from '../../stores/commentsPanelStore';
import { Modal } from '../shared/Modal';
import { passageOf } from './passage';

interface Props {
  block: Block;
  onChoose(kind: 'comment' | 'note', passage: PassageRef): void;
  onCancel(): void;
}

const SHORT = 70;
const shorten = (text: string): string => (text.length > SHORT ? `${text.slice(0, SHORT - 1)}…` : text);

/**
 * Part of a paragraph without a mouse: pick the first and last of its sentences, see the passage,
 * then comment on it or note it. The keyboard's way to what a mouse selection does.
 */
export function SentencePicker({ block, onChoose, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const spans = useMemo(() => sentenceSpans(block.text), [block.text]);
  const [first, setFirst] = useState(0);
  const [last, setLast] = useState(0);
  const passage = passageOf(block, spans[first].start, spans[Math.max(first, last)].end);
  const options = spans.map((span, i) => (
    <option key={span.start} value={i}>
      {t('comments.sentences.option', { n: i + 1, text: shorten(block.text.slice(span.start, span.end)) })}
    </option>
  ));
  const choose = (kind: 'comment' | 'note') => passage && onChoose(kind, passage);
  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-lead`} dismissible onDismiss={onCancel} className="sentence-picker">
      <div className="modal-form">
        <header className="modal-head">
          <h2 id={`${id}-title`}>{t('comments.sentences.title')}</h2>
          <p id={`${id}-lead`} className="modal-lead">
            {t('comments.sentences.lead', { count: spans.length })}
          </p>
        </header>
        <div className="modal-body">
          <label className="field">
            <span className="field-label">{t('comments.sentences.from')}</span>
            <select
              className="field-input"
              value={first}
              onChange={(e) => {
                const next = Number(e.target.value);
                setFirst(next);
                if (last < next) setLast(next);
              }}
            >
              {options}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('comments.sentences.to')}</span>
            <select className="field-input" value={Math.max(first, last)} onChange={(e) => setLast(Number(e.target.value))}>
              {options.slice(first)}
            </select>
          </label>
          <p className="field-label" id={`${id}-preview-label`}>
            {t('comments.sentences.preview')}
          </p>
          <blockquote className="sentence-preview" aria-labelledby={`${id}-preview-label`} aria-live="polite">
            {passage?.quote}
          </blockquote>
        </div>
        <footer className="modal-actions">
          <button type="button" className="button button-primary" onClick={() => choose('comment')}>
            {t('comments.toolbar.comment')}
          </button>
          <button type="button" className="button" onClick={() => choose('note')}>
            {t('comments.toolbar.note')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('comments.sentences.cancel')}
          </button>
        </footer>
      </div>
    </Modal>
  );
}
