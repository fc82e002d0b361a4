import { useTranslation } from 'react-i18next';
import { findLinkKind } from '../../shared/domain/codebook.js';
import type { Link, MapState } from '../../shared/domain/model.js';
import { isMoveOnly, isSameMap, type MapComparison } from '../../shared/versions/compare.js';
import { type Difference, SectionDifferences } from './SectionDifferences.js';

/** What the two versions differ by, in words: added, removed, changed (and which fields). */
export function ListeDifferences({
  comparison,
  before,
  after,
}: {
  comparison: MapComparison;
  before: MapState;
  after: MapState;
}) {
  const { t } = useTranslation();
  const actorName = (id: string) =>
    after.actors.find((a) => a.id === id)?.label ?? before.actors.find((a) => a.id === id)?.label ?? '?';
  const linkName = (link: Link, map: MapState) =>
    `${actorName(link.source)} — ${actorName(link.target)} (${findLinkKind(map.codebook, link.kind).label})`;
  const named = (list: 'actors' | 'links' | 'notes' | 'zones', side: 'added' | 'removed'): Difference[] => {
    const map = side === 'added' ? after : before;
    const kind = ({ actors: 'actor', links: 'link', notes: 'note', zones: 'zone' } as const)[list];
    return comparison[list][side].map((item) => ({
      key: item.id,
      kind,
      name:
        'label' in item ? item.label || t('zones.unnamed') : 'text' in item ? item.text : linkName(item as Link, map),
    }));
  };
  const all = (side: 'added' | 'removed') => [
    ...named('actors', side),
    ...named('links', side),
    ...named('notes', side),
    ...named('zones', side),
  ];
  const fieldsOf = (change: { fields: readonly string[] }) =>
    isMoveOnly(change)
      ? t('versions.moved')
      : [...new Set(change.fields.map((f) => t(`versions.fields.${f}`, { defaultValue: f })))].join(', ');
  const changed = [
    ...comparison.actors.changed.map((c) => ({
      key: c.after.id,
      kind: 'actor' as const,
      name: c.after.label,
      what: fieldsOf(c),
    })),
    ...comparison.links.changed.map((c) => ({
      key: c.after.id,
      kind: 'link' as const,
      name: linkName(c.after, after),
      what: fieldsOf(c),
    })),
    ...comparison.notes.changed.map((c) => ({
      key: c.after.id,
      kind: 'note' as const,
      name: c.after.text,
      what: fieldsOf(c),
    })),
    ...comparison.zones.changed.map((c) => ({
      key: c.after.id,
      kind: 'zone' as const,
      name: c.after.label,
      what: fieldsOf(c),
    })),
  ];
  if (isSameMap(comparison)) return <p className="vide">{t('versions.nothingChanged')}</p>;
  return (
    <div className="liste-differences">
      <SectionDifferences title={t('versions.added')} mark="ajoute" items={all('added')} />
      <SectionDifferences title={t('versions.removed')} mark="retire" items={all('removed')} />
      <SectionDifferences title={t('versions.changed')} mark="modifie" items={changed} />
      {comparison.codebookChanged && <p>{t('versions.codebookChanged')}</p>}
    </div>
  );
}
