import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { type Facilitation, timerOf } from '../../shared/atelier/facilitation.js';
import { mapWithLayers } from '../../shared/atelier/layers.js';
import { layersAt, stepIndex } from '../../shared/atelier/steps.js';
import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState, Workshop } from '../../shared/domain/model.js';
import { type Dimmed, dimmedBy } from '../../shared/domain/view-filter.js';
import { noneDimmed } from '../carte/carte-store.js';
import { Legende } from '../carte/Legende.js';
import { useWorkshopCarte } from '../carte/use-workshop-carte.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { Minuteur } from '../etapes/Minuteur.js';
import { useStepText } from '../etapes/step-text.js';
import { Rejoindre } from '../salle/OuvertureSalle.js';
import { useRoomOnWall } from '../salle/use-room-on-wall.js';
import type { Marks } from './CarteLecture.js';
import { Classement } from './Classement.js';
import { MurCarte } from './MurCarte.js';
import { wallMarks } from './wall-marks.js';
import './projecteur.css';

/**
 * The wall (#/projection/<id>): the current step and its question, the timer, and the map live,
 * read-only, in the large high-contrast theme. It only listens: the map through map.changed,
 * the step and timer through facilitation.changed, the facilitator's view through
 * projection.view. « Masquer » shows a neutral screen instead of the map.
 */
export function ProjectionPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  // The wall's own live map: what it draws never depends on another page's store.
  const carte = useWorkshopCarte(workshopId);
  const workshop = useStore(carte, (s) => s.workshop);
  const map = useStore(carte, (s) => s.map);
  const loadError = useStore(carte, (s) => s.loadError);
  const state = useFacilitation((s) => s.state);
  const view = useFacilitation((s) => s.view);

  useEffect(() => {
    document.documentElement.classList.add('mur');
    void useFacilitation.getState().open(workshopId);
    return () => {
      document.documentElement.classList.remove('mur');
      useFacilitation.getState().close();
    };
  }, [workshopId]);

  const shown = useMemo(() => (map && state ? mapWithLayers(map, layersAt(state.step)) : null), [map, state]);
  const highlight = state?.wall.highlight ?? false;
  const marks = useMemo(() => (shown && highlight ? wallMarks(shown, view) : undefined), [shown, view, highlight]);
  // The wall has no filters of its own: it dims what the facilitator's focus leaves out.
  const dimmed = useMemo(
    () => (shown && highlight && view.focus ? dimmedBy(shown, { focus: view.focus }) : noneDimmed),
    [shown, highlight, view.focus],
  );

  if (loadError) return <main className="projection projection-message">{loadError}</main>;
  if (!workshop || !shown || !state)
    return <main className="projection projection-message">{t('projection.waiting')}</main>;
  return (
    <Mur
      workshop={workshop}
      state={state}
      map={shown}
      marks={marks}
      dimmed={dimmed}
      area={state.wall.mode === 'suivre' ? view.area : null}
    />
  );
}

export interface MurProps {
  workshop: Workshop;
  state: Facilitation;
  map: MapState;
  marks: Marks | undefined;
  /** What the facilitator's focus dims on the wall; nothing when absent. */
  dimmed?: Dimmed;
  area: WallView['area'];
}

/** The wall's content: the step band and the map (or the neutral screen); also the editor's F5. */
export function Mur({ workshop, state, map, marks, dimmed, area }: MurProps) {
  const { t } = useTranslation();
  const text = useStepText(state);
  const pistes = stepIndex(state.step) >= stepIndex('pistes');
  const joining = useRoomOnWall(workshop.id);
  return (
    <main className="projection" data-step={state.step} data-hidden={state.wall.hidden || undefined}>
      <header className="projection-entete">
        <p className="projection-etape">
          <span className="projection-numero">{stepIndex(state.step) + 1}</span>
          {text.title}
        </p>
        <h1 className="projection-question">{text.question}</h1>
        <Minuteur timer={timerOf(state)} className="projection-minuteur" />
      </header>
      {state.wall.hidden ? (
        <section className="projection-masque" aria-label={t('projection.hidden')}>
          <p className="projection-atelier">
            {workshop.title}
            {workshop.territory && ` · ${workshop.territory}`}
          </p>
          <p>{t('projection.hidden')}</p>
        </section>
      ) : (
        <div className={`projection-corps${pistes || joining ? ' avec-classement' : ''}`}>
          <MurCarte map={map} area={area} marks={marks} dimmed={dimmed} label={t('projection.mapLabel')} />
          {/* Beside the map: a 16:9 wall has width to spare and no height. How to join the room
              while it is open and shown, the ranking from « Pistes d'action ». */}
          {(pistes || joining) && (
            <div className="projection-cote">
              {joining && <Rejoindre status={joining} className="rejoindre-mur" />}
              {pistes && <Classement map={map} />}
            </div>
          )}
          {/* The legend folded into a band under the map, in the names' own size. */}
          <Legende codebook={map.codebook} actors={map.actors} links={map.links} />
        </div>
      )}
    </main>
  );
}
