import { memo, useId, useState } from 'react';
import type { MapState, Note } from '../../shared/domain/model.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import type { Point } from '../../shared/domain/zone-contents.js';
import { acceptOps, mergeCandidates, mergeOps } from '../../shared/salle/acceptance.js';
import type { Proposal } from '../../shared/salle/room.js';
import { countRoomRender } from '../carte/bench-counter.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { fastT as t } from '../i18n/fast-t.js';
import { moderate } from './moderate.js';

type Mode = 'view' | 'edit' | 'merge' | 'refuse';

function newId(): string {
  return crypto.randomUUID();
}

const noNote: Note[] = [];

/**
 * One proposal from a phone: its text (as text, never markup), what it is about, who sent it if
 * they said, and the four outcomes: accept as is, edit then accept, merge with a note of the
 * same kind, refuse (confirmed: the text is erased).
 *
 * Hundreds of rows may wait while the facilitator moves the map: a row takes only what changes
 * it (the actors' names, not the map, which changes at each move), reads the notes only while
 * merging, and takes where a note goes from the panel: a hook of React Flow's in each row would
 * be one more subscription run at every step of a drag. It translates with fastT, the language
 * coming as a prop, rather than react-i18next's hook (a wrapper, state and effect per row).
 */
export const Proposition = memo(function Proposition({
  workshopId,
  proposal,
  labels,
  noteSpot,
}: {
  /** The language the row is drawn in: a change of language draws it again. */
  language: string;
  workshopId: string;
  proposal: Proposal;
  /** Actor id → name (`actorLabels`), the same object while no name changes. */
  labels: ReadonlyMap<string, string>;
  /** Where an accepted note goes on the canvas. */
  noteSpot: () => Point;
}) {
  countRoomRender('row');
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(proposal.text);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const carte = useCarteStore();
  const ids = { text: useId(), merge: useId() };
  const label = (id: string) => labels.get(id) ?? t('salle.goneActor');
  // The map's notes only while choosing one to merge into: a row at rest ignores the notes' changes.
  const notes = useCarte((s) => (mode === 'merge' ? (s.map?.notes ?? noNote) : noNote));
  const candidates = mode === 'merge' ? mergeCandidates({ notes }, proposal) : noNote;

  async function run(outcome: 'accepted' | 'merged' | 'refused', edited?: string) {
    setBusy(true);
    setProblem(null);
    const plan =
      outcome === 'accepted'
        ? (current: MapState) => acceptOps(current, proposal, { id: newId(), text: edited, at: noteSpot() })
        : outcome === 'merged'
          ? (current: MapState) =>
              mergeOps(current, proposal, target || mergeCandidates(current, proposal)[0]?.id || '', edited)
          : undefined;
    const failure = await moderate(carte, workshopId, proposal, outcome, plan);
    // On success the proposal leaves the list (room.changed): nothing more to set here.
    if (failure) {
      setProblem(failure);
      setBusy(false);
    }
  }

  const kind = proposal.type === 'note' ? noteStyles[proposal.kind] : undefined;
  return (
    <li className="proposition" data-proposal={proposal.id}>
      <p className="proposition-texte">
        {kind && (
          <span className="proposition-signe" style={{ color: kind.color }} aria-hidden="true">
            {kind.icon}{' '}
          </span>
        )}
        {proposal.type === 'link' ? (
          <>
            <strong>
              {label(proposal.sourceId)} ⇢ {label(proposal.targetId)}
            </strong>
            {proposal.text && <span className="proposition-pourquoi"> — {proposal.text}</span>}
          </>
        ) : (
          proposal.text
        )}
      </p>
      <p className="proposition-meta">
        {proposal.type === 'note' && proposal.actorId && t('salle.about', { label: label(proposal.actorId) })}
        {proposal.type === 'note' && proposal.actorId && proposal.author && ' · '}
        {proposal.author && t('salle.by', { name: proposal.author })}
      </p>
      {mode === 'edit' && (
        <div className="proposition-edition">
          <label htmlFor={ids.text} className="visuellement-cache">
            {t('salle.edit')}
          </label>
          <textarea id={ids.text} value={text} onChange={(event) => setText(event.target.value)} rows={3} />
        </div>
      )}
      {mode === 'merge' &&
        (candidates.length === 0 ? (
          <p className="aide">{t('salle.noMerge')}</p>
        ) : (
          <div className="proposition-edition">
            <label htmlFor={ids.merge}>{t('salle.mergeInto')}</label>
            <select
              id={ids.merge}
              value={target || candidates[0]?.id}
              onChange={(event) => setTarget(event.target.value)}
            >
              {candidates.map((note) => (
                <option key={note.id} value={note.id}>
                  {note.text.length > 70 ? `${note.text.slice(0, 69)}…` : note.text}
                </option>
              ))}
            </select>
          </div>
        ))}
      {mode === 'refuse' && <p className="aide">{t('salle.refuseConfirm')}</p>}
      <div className="proposition-actions">
        {mode === 'view' && (
          <>
            <button
              type="button"
              className="bouton compact principal"
              disabled={busy}
              onClick={() => void run('accepted')}
            >
              {t('salle.accept')}
            </button>
            <button type="button" className="bouton compact" disabled={busy} onClick={() => setMode('edit')}>
              {t('salle.edit')}
            </button>
            {proposal.type === 'note' && (
              <button type="button" className="bouton compact" disabled={busy} onClick={() => setMode('merge')}>
                {t('salle.merge')}
              </button>
            )}
            <button type="button" className="bouton compact danger" disabled={busy} onClick={() => setMode('refuse')}>
              {t('salle.refuse')}
            </button>
          </>
        )}
        {mode === 'edit' && (
          <button
            type="button"
            className="bouton compact principal"
            disabled={busy || text.trim() === ''}
            onClick={() => void run('accepted', text)}
          >
            {t('salle.accept')}
          </button>
        )}
        {mode === 'merge' && candidates.length > 0 && (
          <button type="button" className="bouton compact principal" disabled={busy} onClick={() => void run('merged')}>
            {t('salle.mergeConfirm')}
          </button>
        )}
        {mode === 'refuse' && (
          <button type="button" className="bouton compact danger" disabled={busy} onClick={() => void run('refused')}>
            {t('salle.yes')}
          </button>
        )}
        {mode !== 'view' && (
          <button type="button" className="bouton compact" disabled={busy} onClick={() => setMode('view')}>
            {mode === 'refuse' ? t('salle.no') : t('salle.cancel')}
          </button>
        )}
      </div>
      {problem && (
        <p className="proposition-probleme" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
});
