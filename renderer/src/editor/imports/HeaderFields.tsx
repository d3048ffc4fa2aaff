import { useTranslation } from 'react-i18next';
import type { DocumentHeaderFields } from '../../../../shared/domain/imports';
import type { DocumentKind } from '../../../../shared/domain/types';
import { SelectField, TextField } from '../../components/Field';

const KINDS: readonly DocumentKind[] = ['to_trinh', 'de_an', 'du_thao_nghi_quyet', 'bao_cao_tham_tra', 'bao_cao', 'khac'];

interface Props {
  header: DocumentHeaderFields;
  /** Prefix for the inputs' names, so several forms can sit on one page. */
  name: string;
  disabled?: boolean;
  onChange(patch: Partial<DocumentHeaderFields>): void;
}

/** The document's identification as recognised from its header block, every field correctable. */
export function HeaderFields({ header, name, disabled, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="ed-header-fields" disabled={disabled}>
      <legend>{t('docImport.headerLegend')}</legend>
      <div className="ed-grid">
        <SelectField<DocumentKind>
          name={`${name}-kind`}
          label={t('docImport.kind')}
          value={header.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`docImport.kinds.${k}`) }))}
          onChange={(kind) => onChange({ kind })}
        />
        <TextField
          name={`${name}-date`}
          type="date"
          label={t('docImport.date')}
          value={header.date ?? ''}
          onChange={(date) => onChange({ date: date || null })}
        />
        <TextField
          name={`${name}-place`}
          label={t('docImport.place')}
          value={header.place ?? ''}
          onChange={(place) => onChange({ place })}
        />
        <TextField
          name={`${name}-issuer`}
          label={t('docImport.issuer')}
          value={header.issuer ?? ''}
          onChange={(issuer) => onChange({ issuer })}
        />
        <TextField
          name={`${name}-number`}
          label={t('docImport.numberSymbol')}
          prefix="Số:"
          value={header.numberSymbol ?? ''}
          onChange={(numberSymbol) => onChange({ numberSymbol })}
        />
        <TextField
          name={`${name}-title`}
          className="ed-span-2"
          multiline
          label={t('docImport.title')}
          value={header.title}
          onChange={(title) => onChange({ title })}
          required
        />
      </div>
    </fieldset>
  );
}
