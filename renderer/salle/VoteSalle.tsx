import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { voteOps } from '../../shared/salle/acceptance.js';
import { roomLimits } from '../../shared/salle/limits.js';
import type { VoteRound } from '../../shared/salle/room.js';
import { useCarteStore } from '../carte/carte-context.js';
import { useSalle } from './salle-store.js';

/**
 * The phones' gommettes: open the vote with a number per phone, watch the tally (on this screen
 * only), close it, then add it to the map's votes in one step. The core hands the tally over
 * once: counting twice is refused, so no gommette is added twice.
 */
export function VoteSalle({ vote, map, roomOpen }: { vote: VoteRound; map: MapState; roomOpen: boolean }) {
  const { t } = useTranslation();
  const busy = useSalle((s) => s.busy);
  const [dots, setDots] = useState(3);
  const [missing, setMissing] = useState(0);
  const id = useId();
  const carte = useCarteStore();
  const pistes = map.notes.filter((n) => n.kind === 'piste-action');
  const act = useSalle.getState().vote;

  async function count() {
    const round = await act({ type: 'count' });
    const now = carte.getState().map;
    if (!round || !now) return;
    // One step on the map, undone by Ctrl+Z like any edit.
    const { ops, missing: lost } = voteOps(now, round.tally);
    if (ops.length > 0) carte.getState().apply(ops);
    setMissing(lost);
  }

  const tally = (
    <ol className="salle-tally">
      {pistes.map((piste) => (
        <li key={piste.id}>
          <span>{piste.text}</span>
          <output>{vote.tally[piste.id] ?? 0}</output>
        </li>
      ))}
    </ol>
  );

  return (
    <section className="salle-vote" aria-label={t('salle.vote')}>
      <h3>{t('salle.vote')}</h3>
      {(vote.status === 'none' || vote.status === 'counted') && (
        <>
          {vote.status === 'counted' && <p className="aide">{t('salle.voteCounted')}</p>}
          {missing > 0 && <p className="aide">{t('salle.voteMissing', { count: missing })}</p>}
          <div className="salle-ligne">
            <label htmlFor={id}>{t('salle.dots')}</label>
            <select id={id} value={dots} onChange={(event) => setDots(Number(event.target.value))}>
              {Array.from({ length: roomLimits.dotsPerPhone }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="bouton compact principal"
              disabled={busy || !roomOpen || pistes.length === 0}
              onClick={() => void act({ type: 'open', dots })}
            >
              {t('salle.voteOpen')}
            </button>
          </div>
        </>
      )}
      {vote.status === 'open' && (
        <>
          <p className="aide" aria-live="polite">
            {t('salle.voteRunning', { count: vote.voters })}
          </p>
          {tally}
          <button
            type="button"
            className="bouton compact principal"
            disabled={busy}
            onClick={() => void act({ type: 'close' })}
          >
            {t('salle.voteClose')}
          </button>
        </>
      )}
      {vote.status === 'closed' && (
        <>
          <p className="aide">{t('salle.voteClosed')}</p>
          {tally}
          <div className="salle-boutons">
            <button type="button" className="bouton compact principal" disabled={busy} onClick={() => void count()}>
              {t('salle.voteCount')}
            </button>
            <button
              type="button"
              className="bouton compact"
              disabled={busy}
              onClick={() => void act({ type: 'cancel' })}
            >
              {t('salle.voteCancel')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
