import { useTranslation } from 'react-i18next';
import type { Actor, MapState } from '../../shared/domain/model.js';
import type { ActorMatching, PairDecision } from '../../shared/series/actor-matching.js';
import { rankLabel, type SeriesMember } from '../../shared/series/series.js';

/**
 * Before a comparison: the likely pairs of actors, each to be said « même acteur » or « pas le
 * même »; the pairs recognised by name, which can be refused; the facilitator's own pairs, which
 * can be undone; and the actors of the earlier workshop left without a match, which can be paired
 * by hand. The comparison opens once no likely pair is left undecided.
 */
export function PairesForm({
  earlier,
  later,
  before,
  after,
  matching,
  decisions,
  onAnswer,
  onForget,
  onDone,
}: {
  earlier: SeriesMember;
  later: SeriesMember;
  before: MapState;
  after: MapState;
  matching: ActorMatching;
  decisions: readonly PairDecision[];
  onAnswer: (d: PairDecision) => void;
  onForget: (d: PairDecision) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [r0, r1] = [rankLabel(earlier.rank), rankLabel(later.rank)];
  const used = (side: 'before' | 'after') => new Set([...matching.pairs, ...matching.toConfirm].map((p) => p[side].id));
  const usedBefore = used('before');
  const usedAfter = used('after');
  const lonelyBefore = before.actors.filter((a) => !usedBefore.has(a.id));
  const lonelyAfter = after.actors.filter((a) => !usedAfter.has(a.id));
  const byName = matching.pairs.filter((p) => p.how === 'name');
  const confirmed = matching.pairs.filter((p) => p.how === 'confirmed');
  const nameIn = (map: MapState, id: string) => map.actors.find((a) => a.id === id)?.label;
  const refused = decisions.filter(
    (d) => !d.same && nameIn(before, d.before) !== undefined && nameIn(after, d.after) !== undefined,
  );
  const pairText = (b: Pick<Actor, 'label'>, a: Pick<Actor, 'label'>) => (
    <>
      <span className="suivi-acteur">
        <span className="suivi-rang">{r0}</span> {b.label}
      </span>
      <span aria-hidden="true"> ↔ </span>
      <span className="suivi-acteur">
        <span className="suivi-rang">{r1}</span> {a.label}
      </span>
    </>
  );

  return (
    <div className="suivi-paires">
      <h3>{t('suivi.pairsTitle')}</h3>
      <p>{t('suivi.pairsExplain')}</p>
      {matching.toConfirm.length > 0 && (
        <ul className="suivi-questions" aria-label={t('suivi.toDecide')}>
          {matching.toConfirm.map((q) => (
            <li key={`${q.before.id}|${q.after.id}`} data-paire={`${q.before.label}|${q.after.label}`}>
              <span className="suivi-paire">
                {pairText(q.before, q.after)}
                <span className="version-details"> — {t(`suivi.why.${q.why}`)}</span>
              </span>
              <button
                type="button"
                className="bouton compact principal"
                onClick={() => onAnswer({ before: q.before.id, after: q.after.id, same: true })}
              >
                ✓ {t('suivi.same')}
              </button>
              <button
                type="button"
                className="bouton compact"
                onClick={() => onAnswer({ before: q.before.id, after: q.after.id, same: false })}
              >
                ✕ {t('suivi.notSame')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="suivi-actions">
        <button type="button" className="bouton principal" disabled={matching.toConfirm.length > 0} onClick={onDone}>
          {t('suivi.seeComparison')}
        </button>
        {matching.toConfirm.length > 0 && (
          <span role="status">{t('suivi.pending', { count: matching.toConfirm.length })}</span>
        )}
      </div>
      {lonelyBefore.length > 0 && lonelyAfter.length > 0 && (
        <details className="suivi-details">
          <summary>{t('suivi.unmatched', { rank: r0, count: lonelyBefore.length })}</summary>
          <ul>
            {lonelyBefore.map((b) => (
              <li key={b.id}>
                <label>
                  <span className="suivi-acteur">
                    <span className="suivi-rang">{r0}</span> {b.label}
                  </span>{' '}
                  <select
                    value=""
                    aria-label={t('suivi.pairWithLabel', { name: b.label })}
                    onChange={(event) => onAnswer({ before: b.id, after: event.currentTarget.value, same: true })}
                  >
                    <option value="" disabled>
                      {t('suivi.pairWith')}
                    </option>
                    {lonelyAfter.map((a) => (
                      <option key={a.id} value={a.id}>
                        {r1} · {a.label}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
      {confirmed.length > 0 && (
        <details className="suivi-details" open>
          <summary>{t('suivi.confirmedPairs', { count: confirmed.length })}</summary>
          <ul>
            {confirmed.map((p) => (
              <li key={p.before.id}>
                {pairText(p.before, p.after)}{' '}
                <button
                  type="button"
                  className="bouton compact discret"
                  onClick={() => onForget({ before: p.before.id, after: p.after.id, same: true })}
                >
                  {t('suivi.undo')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {refused.length > 0 && (
        <details className="suivi-details">
          <summary>{t('suivi.refusedPairs', { count: refused.length })}</summary>
          <ul>
            {refused.map((d) => (
              <li key={`${d.before}|${d.after}`}>
                {pairText({ label: nameIn(before, d.before) ?? '?' }, { label: nameIn(after, d.after) ?? '?' })}{' '}
                <button type="button" className="bouton compact discret" onClick={() => onForget(d)}>
                  {t('suivi.undo')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {byName.length > 0 && (
        <details className="suivi-details">
          <summary>{t('suivi.recognised', { count: byName.length })}</summary>
          <ul>
            {byName.map((p) => (
              <li key={p.before.id}>
                {pairText(p.before, p.after)}{' '}
                <button
                  type="button"
                  className="bouton compact discret"
                  onClick={() => onAnswer({ before: p.before.id, after: p.after.id, same: false })}
                >
                  ✕ {t('suivi.notSame')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
