import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { decide, matchActors, type PairDecision } from '../../shared/series/actor-matching.js';
import { rankLabel, type SeriesMember, type SeriesProposal } from '../../shared/series/series.js';
import { api } from '../api/client.js';
import { useCarte } from '../carte/carte-context.js';
import { Alerte } from '../ui/Alerte.js';
import { ComparaisonSuivi } from './ComparaisonSuivi.js';
import { PairesForm } from './PairesForm.js';
import { SerieForm } from './SerieForm.js';
import './suivi.css';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Two workshops of the series, the earlier first, with the facilitator's answers about their actors. */
interface Pairing {
  earlier: SeriesMember;
  later: SeriesMember;
  before: MapState;
  after: MapState;
  decisions: PairDecision[];
}

type Screen = 'serie' | 'paires' | 'comparaison';

/**
 * « Suivi du territoire »: which workshops follow this territory (proposed from its name,
 * confirmed by the facilitator), then a comparison with one of them — after the facilitator has
 * said, for every likely pair of actors, whether it is the same actor. Nothing is paired silently.
 */
export function SuiviDialog({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const current = useCarte((s) => s.map);
  const [proposal, setProposal] = useState<SeriesProposal | null>(null);
  const [editing, setEditing] = useState(false);
  const [screen, setScreen] = useState<Screen>('serie');
  const [pairing, setPairing] = useState<(Omit<Pairing, 'before' | 'after'> & { other: MapState }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => {
    api.call('series.get', { workshopId }).then(setProposal, (e: unknown) => setError(messageOf(e)));
  }, [workshopId]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    refresh();
  }, [refresh]);

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const confirm = (name: string, memberIds: string[]) =>
    run(async () => {
      setProposal(await api.call('series.set', { workshopId, name, memberIds }));
      setEditing(false);
    });
  const leave = () =>
    run(async () => {
      setProposal(await api.call('series.leave', { workshopId }));
      setEditing(false);
    });

  const compareWith = (otherId: string) =>
    run(async () => {
      const members = proposal?.members ?? [];
      const self = members.find((m) => m.id === workshopId);
      const other = members.find((m) => m.id === otherId);
      if (!self || !other) return;
      const [earlier, later] = self.rank < other.rank ? [self, other] : [other, self];
      const [{ map }, decisions] = await Promise.all([
        api.call('map.get', { workshopId: otherId }),
        api.call('series.decisions', { workshopId: later.id, referenceId: earlier.id }),
      ]);
      setPairing({ earlier, later, other: map, decisions });
    });

  const full: Pairing | null = useMemo(() => {
    if (!pairing || !current) return null;
    const selfIsLater = pairing.later.id === workshopId;
    return {
      ...pairing,
      before: selfIsLater ? pairing.other : current,
      after: selfIsLater ? current : pairing.other,
    };
  }, [pairing, current, workshopId]);
  const matching = useMemo(() => (full ? matchActors(full.before, full.after, full.decisions) : null), [full]);

  // The pairs come first when some are unsure; with none to decide, the comparison at once.
  const pairingKey = pairing ? `${pairing.earlier.id}|${pairing.later.id}` : '';
  const hasQuestions = (matching?.toConfirm.length ?? 0) > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly chosen pair of workshops picks the screen
  useEffect(() => {
    if (pairingKey) setScreen(hasQuestions ? 'paires' : 'comparaison');
  }, [pairingKey]);

  // Answers given in quick succession each build on the one before, and are saved in order.
  const latest = useRef<PairDecision[]>([]);
  const saving = useRef<Promise<void>>(Promise.resolve());
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only for a new pair of workshops
  useEffect(() => {
    latest.current = pairing?.decisions ?? [];
  }, [pairingKey]);
  const saveDecisions = (next: PairDecision[]) => {
    if (!pairing) return;
    const { earlier, later } = pairing;
    latest.current = next;
    setPairing((shown) => (shown ? { ...shown, decisions: next } : shown));
    const pair = { workshopId: later.id, referenceId: earlier.id };
    saving.current = saving.current.then(async () => {
      try {
        await api.call('series.decide', { ...pair, decisions: next });
      } catch (e) {
        // Not saved: say so, and show again what the database holds rather than what was clicked.
        setError(messageOf(e));
        const kept = await api.call('series.decisions', pair).catch(() => latest.current);
        latest.current = kept;
        setPairing((shown) => (shown ? { ...shown, decisions: kept } : shown));
      }
    });
  };
  const answer = (d: PairDecision) => saveDecisions(decide(latest.current, d));
  const forget = (d: PairDecision) =>
    saveDecisions(latest.current.filter((x) => x.before !== d.before || x.after !== d.after));

  const back = () => {
    if (screen === 'serie') onClose();
    else {
      setScreen('serie');
      setPairing(null);
    }
  };
  const heading =
    screen !== 'serie' && full
      ? t('suivi.comparing', {
          before: `${rankLabel(full.earlier.rank)} · ${full.earlier.title}`,
          after: `${rankLabel(full.later.rank)} · ${full.later.title}`,
        })
      : t('suivi.title');

  return (
    <dialog
      ref={dialog}
      className="dialogue dialogue-versions dialogue-suivi"
      aria-labelledby="suivi-titre"
      onCancel={(event) => {
        event.preventDefault();
        back();
      }}
    >
      <div className="versions-entete">
        <h2 id="suivi-titre">{heading}</h2>
        {screen !== 'serie' && (
          <button type="button" className="bouton" onClick={back}>
            ← {t('versions.back')}
          </button>
        )}
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <Alerte message={error} />
      {screen === 'serie' && proposal && (
        <SerieForm
          // A confirmed or edited series starts the form afresh (its choices and the workshop to compare with).
          key={`${proposal.members.map((m) => m.id).join('|')}|${editing}`}
          workshopId={workshopId}
          proposal={proposal}
          editing={editing || !proposal.confirmed}
          onEdit={() => setEditing(true)}
          onConfirm={confirm}
          onLeave={leave}
          onCompare={compareWith}
        />
      )}
      {screen === 'paires' && full && matching && (
        <PairesForm
          earlier={full.earlier}
          later={full.later}
          before={full.before}
          after={full.after}
          matching={matching}
          decisions={full.decisions}
          onAnswer={answer}
          onForget={forget}
          onDone={() => setScreen('comparaison')}
        />
      )}
      {screen === 'comparaison' && full && matching && (
        <ComparaisonSuivi
          earlier={full.earlier}
          later={full.later}
          before={full.before}
          after={full.after}
          matching={matching}
          onReview={() => setScreen('paires')}
        />
      )}
    </dialog>
  );
}
