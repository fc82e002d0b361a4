import { useTranslation } from 'react-i18next';
import type { Actor, MapState } from '../../shared/domain/model.js';
import {
  attendanceOf,
  participantsOf,
  withoutUnnamedRepresentatives,
  withRepresentative,
} from '../../shared/domain/participants.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';

/**
 * « Représenté à l'atelier », read from the tour de table (the one truth): ticked when a present
 * participant speaks for the actor. Ticking adds a participant for it whose name is not noted yet;
 * unticking removes such unnamed ones. When named participants speak for it, the box says who and
 * stays as it is: their presence is changed in the tour de table.
 */
export function RepresentationField({ actor, map }: { actor: Actor; map: MapState }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const participants = useCarte((s) => s.workshop?.participants);
  if (!participants) return null;
  const speakers = participantsOf(actor.id, participants, map.actors);
  const present = speakers.filter((p) => attendanceOf(p) === 'present');
  const excused = speakers.filter((p) => attendanceOf(p) === 'excuse');
  const named = present.filter((p) => p.name !== '');
  const represented = present.length > 0;
  const who = (list: typeof speakers) =>
    list.map((p) =>
      p.role ? `${p.name || t('tourDeTable.unnamed')} (${p.role})` : p.name || t('tourDeTable.unnamed'),
    );
  return (
    <div className="representation">
      <label className="option case" title={named.length > 0 ? t('panneau.representedByNamed') : undefined}>
        <input
          type="checkbox"
          checked={represented}
          disabled={named.length > 0}
          onChange={() => {
            const next = represented
              ? withoutUnnamedRepresentatives(participants, actor.id, map.actors)
              : withRepresentative(participants, actor);
            void carte.getState().updateWorkshop({ participants: next });
          }}
        />
        {t('panneau.present')}
      </label>
      {present.length > 0 && <p className="aide">{t('panneau.representedBy', { names: who(present).join(', ') })}</p>}
      {excused.length > 0 && <p className="aide">{t('panneau.excused', { names: who(excused).join(', ') })}</p>}
    </div>
  );
}
