import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Shape, shapeIds } from '../../shared/domain/codebook.js';
import {
  type CodebookDraft,
  type CodeDraft,
  codebookSetOf,
  draftOf,
  usageOf,
} from '../../shared/domain/codebook-edit.js';
import type { MapState } from '../../shared/domain/model.js';
import { useCarteStore } from '../carte/carte-context.js';
import { ShapeSwatch } from '../carte/shapes.js';
import { Alerte } from '../ui/Alerte.js';

type ListName = keyof CodebookDraft;

interface RowProps {
  list: ListName;
  row: CodeDraft;
  index: number;
  used: number;
  others: readonly CodeDraft[];
  onChange(patch: Partial<CodeDraft>): void;
}

function CodeRow({ list, row, index, used, others, onChange }: RowProps) {
  const { t } = useTranslation();
  const usedLabel = t(list === 'categories' ? 'codebook.usedActors' : 'codebook.usedLinks', { count: used });
  return (
    <li className={`ligne-code${row.removed ? ' retiree' : ''}`} data-code={row.key}>
      <span className="apercu-code" aria-hidden="true">
        {list === 'categories' ? (
          <ShapeSwatch shape={row.shape ?? 'arrondi'} color={row.color} />
        ) : (
          <span className="trait" style={{ background: row.color }} />
        )}
      </span>
      <label className="champ nom-code">
        <span className="visuellement-cache">{t('codebook.name')}</span>
        <input
          value={row.label}
          maxLength={80}
          disabled={row.removed}
          aria-label={t('codebook.nameOf', { index: index + 1 })}
          onChange={(event) => onChange({ label: event.currentTarget.value })}
        />
      </label>
      <label className="champ couleur-code">
        <span className="visuellement-cache">{t('codebook.color')}</span>
        <input
          type="color"
          value={row.color.toLowerCase()}
          disabled={row.removed}
          aria-label={t('codebook.colorOf', { label: row.label })}
          onChange={(event) => onChange({ color: event.currentTarget.value })}
        />
      </label>
      {list === 'categories' && (
        <label className="champ forme-code">
          <span className="visuellement-cache">{t('codebook.shape')}</span>
          <select
            value={row.shape}
            disabled={row.removed}
            aria-label={t('codebook.shapeOf', { label: row.label })}
            onChange={(event) => onChange({ shape: event.currentTarget.value as Shape })}
          >
            {shapeIds.map((shape) => (
              <option key={shape} value={shape}>
                {t(`domaine.shape.${shape}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <span className="usage-code">{usedLabel}</span>
      <button
        type="button"
        className={`bouton${row.removed ? '' : ' danger'}`}
        onClick={() => onChange({ removed: !row.removed })}
        aria-label={
          row.removed ? t('codebook.keepOf', { label: row.label }) : t('codebook.removeOf', { label: row.label })
        }
      >
        {row.removed ? t('codebook.keep') : t('codebook.remove')}
      </button>
      {row.removed && used > 0 && (
        <label className="champ reclasser">
          <span>
            {t(list === 'categories' ? 'codebook.reassignActors' : 'codebook.reassignLinks', {
              count: used,
              label: row.label,
            })}
          </span>
          <select
            value={row.reassignTo ?? ''}
            onChange={(event) => onChange({ reassignTo: event.currentTarget.value || null })}
          >
            <option value="">{t('codebook.choose')}</option>
            {others
              .filter((other) => !other.removed && other.key !== row.key)
              .map((other) => (
                <option key={other.key} value={other.key}>
                  {other.label}
                </option>
              ))}
          </select>
        </label>
      )}
    </li>
  );
}

/**
 * « Catégories et types de coopération »: rename, recolour, reshape, add and remove the workshop's codes.
 * Nothing changes until « Enregistrer », and then it is one codebook.set: one undo step.
 */
export function CodebookDialog({ map, onClose }: { map: MapState; onClose(): void }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<CodebookDraft>(() => draftOf(map.codebook));
  const [error, setError] = useState<string | null>(null);
  const usage = usageOf(map);
  const nextKey = useRef(0);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function change(list: ListName, index: number, patch: Partial<CodeDraft>) {
    setDraft((current) => ({
      ...current,
      [list]: current[list].map((row, i) => (i === index ? { ...row, ...patch } : row)),
    }));
  }

  function add(list: ListName) {
    const key = `nouveau-${nextKey.current++}`;
    const row: CodeDraft = {
      key,
      isNew: true,
      label: t(list === 'categories' ? 'codebook.newCategory' : 'codebook.newKind'),
      color: '#7F7F7F',
      ...(list === 'categories' ? { shape: 'arrondi' as const } : {}),
      removed: false,
      reassignTo: null,
    };
    setDraft((current) => ({ ...current, [list]: [...current[list], row] }));
  }

  function save() {
    // A new row removed before saving never existed.
    const cleaned = {
      categories: draft.categories.filter((r) => !(r.isNew && r.removed)),
      linkKinds: draft.linkKinds.filter((r) => !(r.isNew && r.removed)),
    };
    const outcome = codebookSetOf(map, cleaned);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    if (outcome.op.type === 'codebook.set') {
      const unchanged =
        JSON.stringify(outcome.op.codebook) === JSON.stringify(map.codebook) &&
        Object.keys(outcome.op.reassign.categories).length + Object.keys(outcome.op.reassign.linkKinds).length === 0;
      if (!unchanged) carte.getState().apply([outcome.op]);
    }
    onClose();
  }

  const section = (list: ListName, title: string, addLabel: string) => (
    <section className="liste-codes" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {draft[list].map((row, index) => (
          <CodeRow
            key={row.key}
            list={list}
            row={row}
            index={index}
            used={(list === 'categories' ? usage.categories : usage.linkKinds).get(row.key) ?? 0}
            others={draft[list]}
            onChange={(patch) => change(list, index, patch)}
          />
        ))}
      </ul>
      <button type="button" className="bouton" onClick={() => add(list)}>
        + {addLabel}
      </button>
    </section>
  );

  return (
    <dialog
      ref={dialog}
      className="dialogue dialogue-codes"
      aria-labelledby="codes-titre"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="codes-titre">{t('codebook.title')}</h2>
      <p className="aide">{t('codebook.hint')}</p>
      {section('categories', t('codebook.categories'), t('codebook.addCategory'))}
      {section('linkKinds', t('codebook.linkKinds'), t('codebook.addKind'))}
      <Alerte message={error} />
      <div className="dialogue-actions">
        <button type="button" className="bouton" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="bouton principal" onClick={save}>
          {t('common.save')}
        </button>
      </div>
    </dialog>
  );
}
