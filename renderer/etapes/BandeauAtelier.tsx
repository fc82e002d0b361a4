import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { ActionButton } from '../actions/ActionButton.js';
import { useAction } from '../actions/context.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { openProjector } from '../projecteur/open-projector.js';
import { Presentation } from '../projecteur/Presentation.js';
import { PublierVue } from '../projecteur/PublierVue.js';
import { BoutonSalle } from '../salle/BoutonSalle.js';
import { PanneauSalle } from '../salle/PanneauSalle.js';
import { useSalle } from '../salle/salle-store.js';
import { TourDeTable } from '../tour-de-table/TourDeTable.js';
import { VersionsDialog } from '../versions/VersionsDialog.js';
import { PanneauVotes } from '../votes/PanneauVotes.js';
import { Etapes } from './Etapes.js';
import './etapes.css';
import { useFacilitation } from './facilitation-store.js';

interface Selection {
  actorIds: string[];
  linkIds: string[];
  noteIds: string[];
}

/**
 * Everything for running the room, under the editor's top bar: the steps with question and
 * timer, then the wall (Projeter, Masquer, follow or whole map, selection shown), votes,
 * versions and the F5 presentation. One line at 1280 px: labels give way to icons first.
 */
export function BandeauAtelier({
  workshopId,
  map,
  selection,
}: {
  workshopId: string;
  map: MapState;
  selection: Selection;
}) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const state = useFacilitation((s) => s.state);
  const act = useFacilitation((s) => s.act);
  const [votesOpen, setVotesOpen] = useState(false);
  const [tourOpen, setTourOpen] = useState(false);
  const participantCount = useCarte((s) => s.workshop?.participants.length ?? 0);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [salleOpen, setSalleOpen] = useState(false);

  // The room is followed as long as the workshop is open: proposals are counted on its button.
  useEffect(() => useSalle.getState().follow(workshopId), [workshopId]);

  useEffect(() => {
    void useFacilitation.getState().open(workshopId);
    return () => useFacilitation.getState().close();
  }, [workshopId]);

  // The votes open by themselves when the room reaches « Pistes d'action ».
  const step = state?.step;
  useEffect(() => setVotesOpen(step === 'pistes'), [step]);
  // The tour de table opens by itself when the room goes back to « Préparer », the step that asks
  // who is in the room, and closes when it moves on; opening a workshop leaves it to its button.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current !== undefined && shownStep.current !== step) setTourOpen(step === 'preparer');
    shownStep.current = step;
  }, [step]);

  useAction('map.present', () => setPresenting(true));
  useAction('workshop.participants', () => setTourOpen((open) => !open));
  const stopPresenting = useCallback(() => setPresenting(false), []);

  async function project() {
    try {
      setBlocked(await openProjector(workshopId));
    } catch (error) {
      carte.getState().setNotice(error instanceof Error ? error.message : String(error));
    }
  }

  // Until the steps are read, an empty strip of the same height holds their place: the map opens
  // fitted to the canvas it will keep, instead of being pushed down when the strip appears.
  if (!state) return <div className="etapes" aria-hidden="true" />;
  const { wall } = state;
  return (
    <>
      <Etapes>
        <div className="etapes-mur" role="toolbar" aria-label={t('projection.open')}>
          <button
            type="button"
            className="bouton compact"
            onClick={() => void project()}
            title={t('projection.openHint')}
          >
            ▣ {t('projection.open')}
          </button>
          <button
            type="button"
            className={`bouton compact${wall.hidden ? ' actif' : ''}`}
            aria-pressed={wall.hidden}
            onClick={() => void act({ type: 'wall', hidden: !wall.hidden })}
            title={t('projection.hideHint')}
          >
            {wall.hidden ? `◉ ${t('projection.show')}` : `◌ ${t('projection.hide')}`}
          </button>
          <button
            type="button"
            className="bouton compact"
            onClick={() => void act({ type: 'wall', mode: wall.mode === 'suivre' ? 'ensemble' : 'suivre' })}
            title={`${wall.mode === 'suivre' ? t('projection.modeFollow') : t('projection.modeAll')} — ${t('projection.modeHint')}`}
            aria-label={wall.mode === 'suivre' ? t('projection.modeFollow') : t('projection.modeAll')}
          >
            {wall.mode === 'suivre' ? '⌖' : '⤢'}
          </button>
          <button
            type="button"
            className={`bouton compact${wall.highlight ? ' actif' : ''}`}
            aria-pressed={wall.highlight}
            onClick={() => void act({ type: 'wall', highlight: !wall.highlight })}
            title={t('projection.highlightHint')}
            aria-label={t('projection.highlight')}
          >
            ◎
          </button>
          <ActionButton
            name="map.present"
            className="bouton compact"
            hint={t('projection.presentHint')}
            ariaLabel={t('projection.present')}
            showKey
          >
            ▷
          </ActionButton>
        </div>
        <ActionButton
          name="workshop.participants"
          className={`bouton compact${tourOpen ? ' actif' : ''}`}
          pressed={tourOpen}
          hint={t('tourDeTable.openHint')}
          ariaLabel={t('tourDeTable.open')}
        >
          ☰ <span className="etiquette-large">{t('tourDeTable.open')}</span>
          {participantCount > 0 && <span className="compte">{participantCount}</span>}
        </ActionButton>
        <button
          type="button"
          className={`bouton compact${votesOpen ? ' actif' : ''}`}
          aria-pressed={votesOpen}
          onClick={() => setVotesOpen(!votesOpen)}
          title={t('votes.openHint')}
          aria-label={t('votes.open')}
        >
          ● <span className="etiquette-large">{t('votes.open')}</span>
        </button>
        <BoutonSalle pressed={salleOpen} onClick={() => setSalleOpen(!salleOpen)} />
        <button
          type="button"
          className="bouton compact"
          onClick={() => setVersionsOpen(true)}
          title={t('versions.openHint')}
          aria-label={t('versions.open')}
        >
          ◫ <span className="etiquette-large">{t('versions.open')}</span>
        </button>
      </Etapes>
      {blocked && (
        <p className="avis" role="alert">
          {t('projection.blocked', { url: blocked })}
        </p>
      )}
      <PublierVue workshopId={workshopId} selection={selection} />
      {tourOpen && <TourDeTable map={map} onClose={() => setTourOpen(false)} />}
      {votesOpen && <PanneauVotes map={map} onClose={() => setVotesOpen(false)} />}
      {salleOpen && (
        <PanneauSalle workshopId={workshopId} map={map} step={state.step} onClose={() => setSalleOpen(false)} />
      )}
      {versionsOpen && <VersionsDialog workshopId={workshopId} onClose={() => setVersionsOpen(false)} />}
      {presenting && <Presentation onClose={stopPresenting} />}
    </>
  );
}
