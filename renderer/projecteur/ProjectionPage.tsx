import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { type Facilitation, timerOf } from '../../shared/atelier/facilitation.js';
import { stepIndex } from '../../shared/atelier/steps.js';
import type { WallView } from '../../shared/atelier/wall-view.js';
import type { MapState, Workshop } from '../../shared/domain/model.js';
import type { Dimmed } from '../../shared/domain/view-filter.js';
import { Legende } from '../carte/Legende.js';
import { useWorkshopCarte } from '../carte/use-workshop-carte.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { Minuteur } from '../etapes/Minuteur.js';
import { useStepText } from '../etapes/step-text.js';
import { filterWords } from '../filtres/filter-words.js';
import { Rejoindre } from '../salle/OuvertureSalle.js';
import { useRoomOnWall } from '../salle/use-room-on-wall.js';
import { type CanvasDisplay, noDisplay } from '../vues/canvas-display.js';
import { useWallShown } from '../vues/use-wall-shown.js';
import type { Marks } from './CarteLecture.js';
import { Classement } from './Classement.js';
import { MurCarte } from './MurCarte.js';
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

  // The step's layers and a saved view's, its filters (or the facilitator's), the room's measure
  // and groups; represented at the workshop is read from the tour de table.
  const wall = useWallShown(map, state, view, workshop?.participants);

  if (loadError) return <main className="projection projection-message">{loadError}</main>;
  if (!workshop || !wall || !state)
    return <main className="projection projection-message">{t('projection.waiting')}</main>;
  return (
    <Mur
      workshop={workshop}
      state={state}
      map={wall.map}
      marks={wall.marks}
      dimmed={wall.dimmed}
      display={wall.display}
      viewName={wall.view?.name}
      filter={wall.filter}
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
  /** The measure sizing the actors and the groups outlined (renderer/vues/). */
  display?: CanvasDisplay;
  /** The saved view shown, named on the wall. */
  viewName?: string | undefined;
  /** The facilitator's filters, said in words above the map. */
  filter?: WallView['filter'];
  area: WallView['area'];
}

/** The wall's content: the step band and the map (or the neutral screen); also the editor's F5. */
export function Mur({ workshop, state, map, marks, dimmed, display = noDisplay, viewName, filter, area }: MurProps) {
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
        <div className="projection-titre">
          <h1 className="projection-question">{text.question}</h1>
          {viewName && <p className="projection-vue">{t('vues.banner', { name: viewName })}</p>}
        </div>
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
          {filter && (
            <p className="projection-filtre" role="status">
              {t('filtres.wall', { what: filterWords(filter, map.codebook, t).join(' · ') })}
            </p>
          )}
          <MurCarte
            map={map}
            area={area}
            marks={marks}
            dimmed={dimmed}
            display={display}
            label={t('projection.mapLabel')}
          />
          {/* Beside the map: a 16:9 wall has width to spare and no height. How to join the room
              while it is open and shown, the ranking from « Pistes d'action ». */}
          {(pistes || joining) && (
            <div className="projection-cote">
              {joining && <Rejoindre status={joining} className="rejoindre-mur" />}
              {pistes && <Classement map={map} />}
            </div>
          )}
          {/* The legend folded into a band under the map, in the names' own size. */}
          <Legende codebook={map.codebook} actors={map.actors} links={map.links} display={display} />
        </div>
      )}
    </main>
  );
}
