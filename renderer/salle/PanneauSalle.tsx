import { memo, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepId } from '../../shared/atelier/steps.js';
import { stepIndex } from '../../shared/atelier/steps.js';
import { noteKindIds } from '../../shared/domain/codebook.js';
import type { MapState } from '../../shared/domain/model.js';
import type { Point } from '../../shared/domain/zone-contents.js';
import { groupOf, type Proposal, type ProposalGroup } from '../../shared/salle/room.js';
import { countRoomRender } from '../carte/bench-counter.js';
import { useNoteSpot } from '../notes/use-note-spot.js';
import { actorLabels } from './actor-labels.js';
import { OuvertureSalle } from './OuvertureSalle.js';
import { Proposition } from './Proposition.js';
import { useSalle } from './salle-store.js';
import { VoteSalle } from './VoteSalle.js';
import './salle.css';

const groups: readonly ProposalGroup[] = [...noteKindIds, 'link'];
const noProposal: Proposal[] = [];

/**
 * How many waiting proposals of one kind the list shows at first, and adds at each « Afficher
 * … de plus ». A facilitator moderates from the top: the next one takes the place of the one
 * accepted or refused. Forty phones can leave hundreds waiting; drawing them all would redraw
 * the panel with each new one while the facilitator drags an actor (issue 16's bench), and
 * nobody reads that far down a list during a workshop. Those not shown are counted.
 */
const shownStep = 25;

/** One kind of proposal: its oldest `shown`, how many more wait, and the way to see them. */
const GroupeModeration = memo(function GroupeModeration({
  group,
  items,
  language,
  workshopId,
  labels,
  noteSpot,
}: {
  group: ProposalGroup;
  items: Proposal[];
  language: string;
  workshopId: string;
  labels: ReadonlyMap<string, string>;
  noteSpot: () => Point;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(shownStep);
  const list = useRef<HTMLUListElement>(null);
  const showMore = () => {
    const first = shown;
    setShown(shown + shownStep);
    // The button may leave with the last of them: the keyboard goes on with the first one shown.
    requestAnimationFrame(() => list.current?.children[first]?.querySelector('button')?.focus());
  };
  const title = group === 'link' ? t('salle.linkGroup') : t(`domaine.noteKind.${group}`);
  const hidden = Math.max(0, items.length - shown);
  return (
    <section className="moderation-groupe" data-group={group} aria-label={title}>
      <h4>
        {title} <span className="compte">{items.length}</span>
      </h4>
      <ul ref={list}>
        {items.slice(0, shown).map((proposal) => (
          <Proposition
            key={proposal.id}
            language={language}
            workshopId={workshopId}
            proposal={proposal}
            labels={labels}
            noteSpot={noteSpot}
          />
        ))}
      </ul>
      {hidden > 0 && (
        <p className="moderation-suite">
          {t('salle.moreWaiting', { count: hidden })}{' '}
          <button type="button" className="bouton compact" onClick={showMore}>
            {t('salle.showMore', { count: Math.min(hidden, shownStep) })}
          </button>
        </p>
      )}
    </section>
  );
});

/**
 * The proposals waiting, grouped by kind, oldest first. Drawn again only when the list changes:
 * not when a phone joins, nor when the facilitator moves an actor.
 */
const ListeModeration = memo(function ListeModeration({
  workshopId,
  pending,
  labels,
  noteSpot,
}: {
  workshopId: string;
  pending: Proposal[];
  labels: ReadonlyMap<string, string>;
  noteSpot: () => Point;
}) {
  const { t, i18n } = useTranslation();
  const byGroup = useMemo(() => {
    const grouped = new Map<ProposalGroup, Proposal[]>();
    for (const proposal of pending) {
      const group = groupOf(proposal);
      const list = grouped.get(group);
      if (list) list.push(proposal);
      else grouped.set(group, [proposal]);
    }
    return grouped;
  }, [pending]);
  return (
    <section className="moderation" aria-label={t('salle.moderation')}>
      <h3>
        {t('salle.moderation')} <span className="compte">{pending.length}</span>
      </h3>
      {pending.length === 0 && <p className="aide">{t('salle.empty')}</p>}
      {groups.map((group) => {
        const items = byGroup.get(group);
        if (!items) return null;
        return (
          <GroupeModeration
            key={group}
            group={group}
            items={items}
            language={i18n.language}
            workshopId={workshopId}
            labels={labels}
            noteSpot={noteSpot}
          />
        );
      })}
    </section>
  );
});

/**
 * The room beside the map: opening and closing it, how to join, the proposals waiting (grouped
 * by kind, oldest first) and, from « Pistes d'action », the phones' vote. Nothing here is on the
 * wall until accepted: accepting is an edit of the map like any other.
 */
export function PanneauSalle({
  workshopId,
  map,
  step,
  onClose,
}: {
  workshopId: string;
  map: MapState;
  step: StepId;
  onClose: () => void;
}) {
  countRoomRender('panel');
  const { t } = useTranslation();
  const state = useSalle((s) => s.state);
  // One subscription to the canvas for the whole list, not one per row (see Proposition).
  const noteSpot = useNoteSpot();
  const labelsRef = useRef<ReadonlyMap<string, string>>(undefined);
  const labels = actorLabels(map.actors, labelsRef.current);
  labelsRef.current = labels;
  const error = useSalle((s) => s.error);
  const pending = state?.pending ?? noProposal;
  const voting = state && (stepIndex(step) >= stepIndex('pistes') || state.vote.status !== 'none');
  const moderating = state && (state.status || pending.length > 0);

  return (
    <aside className={`panneau-salle${moderating ? ' avec-moderation' : ''}`} aria-label={t('salle.title')}>
      <div className="panneau-salle-entete">
        <h2>{t('salle.title')}</h2>
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      {error && (
        <p className="avis" role="alert">
          {error}
        </p>
      )}
      {state && <OuvertureSalle status={state.status} />}
      {moderating && <ListeModeration workshopId={workshopId} pending={pending} labels={labels} noteSpot={noteSpot} />}
      {voting && <VoteSalle vote={state.vote} map={map} roomOpen={state.status !== null} />}
    </aside>
  );
}
