import { useTranslation } from 'react-i18next';
import type { ActorGroup } from '../../shared/club/club-model.js';
import { standardTypes } from '../../shared/domain/standard-types.js';

export const groupValue = (g: ActorGroup) => `${g.by}:${g.id}`;

export function groupOf(value: string): ActorGroup {
  const [by, ...rest] = value.split(':');
  return { by: by === 'category' ? 'category' : 'type', id: rest.join(':') };
}

/** A standard type or a category, in one list with two groups. */
export function GroupSelect({
  label,
  value,
  categories,
  onChange,
}: {
  label: string;
  value: ActorGroup;
  categories: readonly { id: string; label: string }[];
  onChange(group: ActorGroup): void;
}) {
  const { t } = useTranslation();
  return (
    <label className="champ">
      <span>{label}</span>
      <select value={groupValue(value)} onChange={(e) => onChange(groupOf(e.target.value))}>
        <optgroup label={t('club.types')}>
          {standardTypes.map((type) => (
            <option key={type.id} value={`type:${type.id}`}>
              {type.label}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('club.categories')}>
          {categories.map((c) => (
            <option key={c.id} value={`category:${c.id}`}>
              {t('club.categoryOption', { label: c.label })}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
