import { type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorForStructure, readParticipantLine, readParticipantList } from '../../shared/atelier/tour-de-table.js';
import { limits } from '../../shared/domain/limits.js';
import type { MapState, Participant, Workshop } from '../../shared/domain/model.js';
import { actorNamed, actorOf, attendanceOf } from '../../shared/domain/participants.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { TextField } from '../ui/fields.js';
import { useFocusWhenShown } from '../ui/use-focus-when-shown.js';
import './tour-de-table.css';

/** A cell of a participant's row: saved when left, or with Entrée, like the panels' fields. */
function Cell({
  label,
  value,
  maxLength,
  list,
  onCommit,
}: {
  label: string;
  value: string;
  maxLength: number;
  list?: string;
  onCommit(value: string): void;
}) {
  return (
    <input
      key={value}
      aria-label={label}
      defaultValue={value}
      maxLength={maxLength}
      list={list}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
      onBlur={(event) => {
        const next = event.currentTarget.value.trim();
        if (next !== value) onCommit(next);
      }}
    />
  );
}

/** The workshop's own fields, editable at « Préparer »: objective, territory, date, who leads it. */
function Fiche({ workshop, save }: { workshop: Workshop; save(patch: Partial<Workshop>): void }) {
  const { t } = useTranslation();
  return (
    <section className="tour-fiche" aria-label={t('tourDeTable.workshop')}>
      <TextField
        label={t('tourDeTable.objective')}
        value={workshop.objective}
        maxLength={limits.longText}
        multiline
        onCommit={(objective) => save({ objective: objective.trim() })}
      />
      <div className="tour-fiche-ligne">
        <TextField
          label={t('ateliers.fieldTerritory')}
          value={workshop.territory}
          maxLength={limits.shortText}
          onCommit={(territory) => save({ territory: territory.trim() })}
        />
        <label className="champ">
          <span>{t('ateliers.fieldDate')}</span>
          <input
            type="date"
            key={workshop.date}
            defaultValue={workshop.date}
            onBlur={(event) => {
              if (event.currentTarget.value !== workshop.date) save({ date: event.currentTarget.value });
            }}
          />
        </label>
        <TextField
          label={t('ateliers.fieldFacilitator')}
          value={workshop.facilitator}
          maxLength={limits.shortText}
          onCommit={(facilitator) => save({ facilitator: facilitator.trim() })}
        />
      </div>
    </section>
  );
}

/**
 * The tour de table (step 1, « Préparer »): the workshop's objective and fields, then who is in
 * the room for which structure. A line typed as people introduce themselves — « Léa Martin,
 * Collège Barbusse, CPE », « excusé » for apologies — is read against the map before Entrée; each
 * row stays editable. Who is represented on the map follows from these rows
 * (shared/domain/participants.ts). Saved with the workshop, not in the map's undo history.
 */
export function TourDeTable({ map, onClose }: { map: MapState; onClose(): void }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const workshop = useCarte((s) => s.workshop);
  const [line, setLine] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useFocusWhenShown(field);
  if (!workshop) return null;
  const participants = workshop.participants;
  const save = (patch: Partial<Workshop>) => void carte.getState().updateWorkshop(patch);
  const saveParticipants = (next: Participant[]) => save({ participants: next });
  const reading = line.trim() ? readParticipantLine(line, map.actors) : null;
  const present = participants.filter((p) => attendanceOf(p) === 'present').length;

  function add() {
    if (!reading) return;
    if (!reading.ok) {
      setRefused(reading.message);
      return;
    }
    if (participants.length >= limits.participants) {
      setRefused(t('tourDeTable.tooMany', { count: limits.participants }));
      return;
    }
    saveParticipants([...participants, reading.participant]);
    setLine('');
    setRefused(null);
  }

  /** A list pasted at once (an invitation list from a spreadsheet): every readable line is added. */
  function paste(text: string) {
    const list = readParticipantList(text, map.actors);
    const room = Math.max(0, limits.participants - participants.length);
    const added = list.participants.slice(0, room);
    if (added.length > 0) saveParticipants([...participants, ...added]);
    const notes = [t('tourDeTable.pasted', { count: added.length })];
    if (added.length < list.participants.length) notes.push(t('tourDeTable.tooMany', { count: limits.participants }));
    for (const { line, message } of list.refused.slice(0, 3))
      notes.push(t('tourDeTable.pasteRefused', { line, message }));
    setLine('');
    setRefused(notes.join(' '));
  }

  function change(index: number, patch: Partial<Participant>) {
    saveParticipants(participants.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  }

  /** A structure typed in a row is linked again to the actor it names, or to none. */
  function changeStructure(index: number, structure: string) {
    const actor = actorNamed(structure, map.actors);
    const { actorId: _previous, ...rest } = participants[index]!;
    saveParticipants(
      participants.map((p, i) => (i === index ? { ...rest, structure, ...(actor ? { actorId: actor.id } : {}) } : p)),
    );
  }

  /** The structure becomes an actor of the map (one step to undo there), and the row speaks for it. */
  function putOnMap(index: number) {
    const participant = participants[index]!;
    const actor = actorForStructure(participant.structure, map, crypto.randomUUID());
    carte.getState().apply([{ type: 'actor.add', actor }]);
    change(index, { actorId: actor.id, structure: actor.label });
  }

  function onKey(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') onClose();
    // Keys typed here never reach the canvas (N would add an actor, Suppr delete the selection).
    event.stopPropagation();
  }

  return (
    <aside className="tour-de-table" aria-label={t('tourDeTable.title')} onKeyDown={onKey}>
      <div className="tour-entete">
        <h2>{t('tourDeTable.title')}</h2>
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <Fiche workshop={workshop} save={save} />
      <h3>
        {t('tourDeTable.count', {
          present: t('tourDeTable.presentCount', { count: present }),
          excused: t('tourDeTable.excusedCount', { count: participants.length - present }),
        })}
      </h3>
      <label className="champ tour-saisie">
        <span>{t('tourDeTable.lineLabel')}</span>
        <input
          ref={field}
          value={line}
          maxLength={limits.label + 2 * limits.shortText}
          placeholder={t('tourDeTable.linePlaceholder')}
          aria-describedby="tour-lecture"
          onChange={(event) => {
            setLine(event.currentTarget.value);
            setRefused(null);
          }}
          onPaste={(event) => {
            const text = event.clipboardData.getData('text/plain');
            // One line pasted is typed as usual; several are a list.
            if (!/\r?\n./.test(text.trim())) return;
            event.preventDefault();
            paste(text);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      </label>
      <p id="tour-lecture" className={`tour-lecture${refused ? ' refus' : ''}`} aria-live="polite">
        {refused ??
          (reading?.ok
            ? t(reading.participant.attendance === 'excuse' ? 'tourDeTable.readingExcused' : 'tourDeTable.reading', {
                name: reading.participant.name || t('tourDeTable.unnamed'),
                structure: reading.actor
                  ? t('tourDeTable.onMap', { label: reading.actor.label })
                  : reading.participant.structure
                    ? t('tourDeTable.notOnMap', { label: reading.participant.structure })
                    : t('tourDeTable.noStructure'),
                role: reading.participant.role ? ` — ${reading.participant.role}` : '',
              })
            : t('tourDeTable.help'))}
      </p>
      <datalist id="structures-carte">
        {map.actors.map((a) => (
          <option key={a.id} value={a.label} />
        ))}
      </datalist>
      {participants.length === 0 ? (
        <p className="vide">{t('tourDeTable.empty')}</p>
      ) : (
        <ol className="tour-liste">
          {participants.map((p, index) => {
            const actor = actorOf(p, map.actors);
            const excused = attendanceOf(p) === 'excuse';
            const who = p.name || p.structure || t('tourDeTable.unnamed');
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: participants have no id; a row is its place in the list
              <li key={index} className={excused ? 'excuse' : undefined}>
                <Cell
                  label={t('tourDeTable.name', { n: index + 1 })}
                  value={p.name}
                  maxLength={limits.label}
                  onCommit={(name) => change(index, { name })}
                />
                <Cell
                  label={t('tourDeTable.structure', { n: index + 1 })}
                  value={actor && p.actorId ? actor.label : p.structure}
                  maxLength={limits.shortText}
                  list="structures-carte"
                  onCommit={(structure) => changeStructure(index, structure)}
                />
                <Cell
                  label={t('tourDeTable.role', { n: index + 1 })}
                  value={p.role}
                  maxLength={limits.shortText}
                  onCommit={(role) => change(index, { role })}
                />
                <button
                  type="button"
                  className={`bouton compact presence${excused ? ' actif' : ''}`}
                  aria-pressed={excused}
                  title={t('tourDeTable.excusedHint')}
                  onClick={() => change(index, { attendance: excused ? 'present' : 'excuse' })}
                >
                  {excused ? t('tourDeTable.excused') : t('tourDeTable.present')}
                </button>
                {actor ? (
                  <span className="tour-lien" title={t('tourDeTable.linkedHint', { label: actor.label })}>
                    ✓ {t('tourDeTable.onMapShort')}
                    <span className="visuellement-cache"> : {actor.label}</span>
                  </span>
                ) : p.structure ? (
                  <button
                    type="button"
                    className="bouton compact"
                    onClick={() => putOnMap(index)}
                    title={t('tourDeTable.putOnMapHint', { label: p.structure })}
                    aria-label={t('tourDeTable.putOnMapHint', { label: p.structure })}
                  >
                    + {t('tourDeTable.onMapShort')}
                  </button>
                ) : (
                  <span />
                )}
                <button
                  type="button"
                  className="bouton compact discret"
                  aria-label={t('tourDeTable.remove', { who })}
                  onClick={() => saveParticipants(participants.filter((_, i) => i !== index))}
                >
                  ✕
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
