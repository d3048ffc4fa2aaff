import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/types';
import { selectBusy, selectItemError, useEditorStore } from '../../stores/editorStore';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { droppedFiles, isFileDrag } from '../../api/fileData';
import { importInto, ItemDocuments } from './ItemDocuments';
import { ItemForm } from './ItemForm';
import { focusItemControl } from './itemKinds';
import { MoveControls } from './MoveControls';

interface Props {
  item: AgendaItem;
  isFirst: boolean;
  isLast: boolean;
  days: readonly string[];
  onRemoved(): void;
}

/** One agenda item in the editor: what it is, its controls and its documents; files can be dropped on it. */
export function ItemCard({ item, isFirst, isLast, days, onRemoved }: Props) {
  const { t } = useTranslation();
  const busy = useEditorStore(selectBusy);
  const error = useEditorStore(selectItemError(item.id));
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const titleId = `ed-item-${item.id}`;

  const onDragOver = (event: DragEvent<HTMLLIElement>) => {
    if (!isFileDrag(event.dataTransfer)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragOver(true);
  };
  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    if (!isFileDrag(event.dataTransfer)) return;
    event.preventDefault();
    setDragOver(false);
    const files = droppedFiles(event.dataTransfer);
    if (files.length > 0) importInto(item.id, files);
  };
  const remove = async () => {
    setConfirming(false);
    if (await useEditorStore.getState().removeItem(item.id)) onRemoved();
    else focusItemControl(item.id, ['remove']);
  };

  return (
    <li
      className={`ed-item${dragOver ? ' is-drop-target' : ''}${busy === item.id ? ' is-busy' : ''}`}
      data-item-id={item.id}
      tabIndex={-1}
      aria-labelledby={titleId}
      onDragOver={onDragOver}
      onDragLeave={() => setDragOver(false)}
      onDrop={onDrop}
    >
      <div className="ed-item-order">
        <span className="ed-order-badge">
          <span className="visually-hidden">{t('agenda.itemLabel')} </span>
          {item.order}
        </span>
        {item.time && <time className="ed-item-time">{item.time}</time>}
      </div>
      <div className="ed-item-main">
        {editing ? (
          <ItemForm
            item={item}
            days={days}
            onDone={() => {
              setEditing(false);
              focusItemControl(item.id, ['edit']);
            }}
          />
        ) : (
          <>
            <div className="ed-item-head">
              <div>
                <span className="ed-kind-tag">{t(`agendaKind.${item.kind}`)}</span>
                <h5 id={titleId} className="ed-item-title">
                  {item.title}
                </h5>
                {item.presenter && <p className="ed-muted">{t('agenda.presenter', { name: item.presenter })}</p>}
              </div>
              <div className="ed-item-tools">
                <MoveControls item={item} isFirst={isFirst} isLast={isLast} days={days} />
                <div className="ed-actions">
                  <button
                    type="button"
                    className="ed-button ed-button-small"
                    data-control="edit"
                    disabled={busy !== null}
                    onClick={() => setEditing(true)}
                  >
                    {t('agendaEditor.edit')}
                    <span className="visually-hidden">: {item.title}</span>
                  </button>
                  <button
                    type="button"
                    className="ed-button ed-button-small ed-button-quiet-danger"
                    data-control="remove"
                    disabled={busy !== null}
                    onClick={() => setConfirming(true)}
                  >
                    {t('agendaEditor.remove')}
                    <span className="visually-hidden">: {item.title}</span>
                  </button>
                </div>
              </div>
            </div>
            {error && (
              <div className="ed-inline-alert" role="alert">
                <p>{error}</p>
                <button
                  type="button"
                  className="ed-link-button"
                  onClick={() => useEditorStore.getState().dismissItemError(item.id)}
                >
                  {t('app.dismiss')}
                </button>
              </div>
            )}
            <ItemDocuments item={item} />
          </>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          open
          title={t('agendaEditor.removeTitle')}
          body={t('agendaEditor.removeBody', { title: item.title, count: item.documents.length })}
          confirmLabel={t('agendaEditor.remove')}
          onConfirm={() => void remove()}
          onCancel={() => {
            setConfirming(false);
            focusItemControl(item.id, ['remove']);
          }}
        />
      )}
    </li>
  );
}
