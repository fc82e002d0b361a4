import { useTranslation } from 'react-i18next';
import { intensityIds, linkStatusIds, qualityIds } from '../../shared/domain/codebook.js';
import { limits } from '../../shared/domain/limits.js';
import type { Link, MapState } from '../../shared/domain/model.js';
import type { LinkPatch } from '../../shared/domain/operations.js';
import { NotesRattachees } from '../notes/NotesRattachees.js';
import { ChoiceGroup, TextField } from '../ui/fields.js';
import { useCarte } from './carte-context.js';

const noQuality = 'aucune';

/** Everything about one cooperation: kind, how much, how well, and for a missing one, why and what to do. */
export function LienForm({ link, map, onDelete }: { link: Link; map: MapState; onDelete(): void }) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  const update = (patch: LinkPatch) => apply([{ type: 'link.update', id: link.id, patch }]);
  const name = (id: string) => map.actors.find((a) => a.id === id)?.label ?? '?';
  return (
    <section className="panneau" aria-label={t('panneau.link')}>
      <h2>{t('panneau.link')}</h2>
      <p className="entre">
        {link.directed ? `${name(link.source)} → ${name(link.target)}` : `${name(link.source)} ↔ ${name(link.target)}`}
      </p>
      <ChoiceGroup
        legend={t('panneau.kind')}
        name="type-lien"
        value={link.kind}
        options={map.codebook.linkKinds.map((k) => ({
          value: k.id,
          label: k.label,
          swatch: <span className="trait" style={{ background: k.color }} aria-hidden="true" />,
        }))}
        onChange={(kind) => update({ kind })}
      />
      <ChoiceGroup
        legend={t('panneau.status')}
        name="statut"
        inline
        value={link.status}
        options={linkStatusIds.map((id) => ({ value: id, label: t(`domaine.status.${id}`) }))}
        onChange={(status) => update({ status })}
      />
      <ChoiceGroup
        legend={t('panneau.intensity')}
        name="intensite"
        inline
        value={link.intensity}
        options={intensityIds.map((id) => ({ value: id, label: t(`domaine.intensity.${id}`) }))}
        onChange={(intensity) => update({ intensity })}
      />
      <ChoiceGroup
        legend={t('panneau.quality')}
        name="qualite"
        inline
        value={link.quality ?? noQuality}
        options={[noQuality, ...qualityIds].map((id) => ({ value: id, label: t(`domaine.quality.${id}`) }))}
        onChange={(quality) => update({ quality: quality === noQuality ? null : (quality as Link['quality']) })}
      />
      <ChoiceGroup
        legend={t('panneau.direction')}
        name="sens"
        inline
        value={link.directed ? 'directed' : 'mutual'}
        options={(['mutual', 'directed'] as const).map((id) => ({ value: id, label: t(`domaine.direction.${id}`) }))}
        onChange={(direction) => update({ directed: direction === 'directed' })}
      />
      {link.directed && (
        <button
          type="button"
          className="bouton"
          onClick={() =>
            // Source and target are the link's identity; reversing is removing and adding it back.
            apply([
              { type: 'link.remove', id: link.id },
              { type: 'link.add', link: { ...link, source: link.target, target: link.source } },
            ])
          }
        >
          ⇄ {t('panneau.reverse')}
        </button>
      )}
      {link.status === 'desired' && (
        <>
          <TextField
            label={t('panneau.obstacle')}
            value={link.obstacle}
            maxLength={limits.longText}
            multiline
            onCommit={(obstacle) => update({ obstacle })}
          />
          <TextField
            label={t('panneau.proposal')}
            value={link.proposal}
            maxLength={limits.longText}
            multiline
            onCommit={(proposal) => update({ proposal })}
          />
        </>
      )}
      <TextField
        label={t('panneau.linkNotes')}
        value={link.notes}
        maxLength={limits.longText}
        multiline
        onCommit={(notes) => update({ notes })}
      />
      <NotesRattachees map={map} type="link" id={link.id} />
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('panneau.deleteLink')}
      </button>
    </section>
  );
}
