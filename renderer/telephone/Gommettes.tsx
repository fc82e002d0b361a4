import { useState } from 'react';
import type { PhoneView } from '../../shared/salle/room.js';
import { SalleError, salle } from './salle-api.js';
import { textes } from './textes.js';

/**
 * The vote: this phone's gommettes on the pistes d'action, changeable until the vote closes.
 * Each tap sends the whole allocation (sent twice, it counts once); the phone shows what the
 * room answered, never a count it only hoped for.
 */
export function Gommettes({ view, onError }: { view: PhoneView; onError: (error: SalleError) => void }) {
  const { vote } = view;
  const [dots, setDots] = useState<Record<string, number>>(vote.mine);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const used = Object.values(dots).reduce((sum, n) => sum + n, 0);
  const left = vote.dots - used;

  if (vote.status === 'none') return <p className="aide">{textes.voteNone}</p>;
  if (vote.status === 'closed') return <p className="aide">{textes.voteClosed}</p>;
  if (vote.status === 'counted') return <p className="aide">{textes.voteCounted}</p>;
  if (vote.pistes.length === 0) return <p className="aide">{textes.noPistes}</p>;

  async function change(id: string, delta: 1 | -1) {
    const next = { ...dots, [id]: Math.max(0, (dots[id] ?? 0) + delta) };
    setSending(true);
    setRefusal(null);
    try {
      setDots(await salle<Record<string, number>>('vote', { dots: next }, textes.unreachable));
    } catch (error) {
      const refused = error instanceof SalleError ? error : new SalleError(0, textes.unreachable);
      setRefusal(refused.message);
      onError(refused);
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="gommettes">
      <p className="reste" role="status">
        {textes.voteOpen(left, vote.dots)}
      </p>
      <ul>
        {vote.pistes.map((piste) => {
          const mine = dots[piste.id] ?? 0;
          return (
            <li key={piste.id}>
              <span className="texte">{piste.text}</span>
              <span className="pastilles" aria-hidden="true">
                {'●'.repeat(mine)}
              </span>
              <span className="commandes">
                <button
                  type="button"
                  onClick={() => void change(piste.id, -1)}
                  disabled={sending || mine === 0}
                  aria-label={textes.dotRemove(piste.text)}
                >
                  −
                </button>
                <output aria-live="polite">{mine}</output>
                <button
                  type="button"
                  onClick={() => void change(piste.id, 1)}
                  disabled={sending || left <= 0}
                  aria-label={textes.dotAdd(piste.text)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {refusal && (
        <p className="refus" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}
