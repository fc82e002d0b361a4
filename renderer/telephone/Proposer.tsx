import { useId, useState } from 'react';
import { type NoteKind, noteKindIds } from '../../shared/domain/codebook.js';
import { noteStyles } from '../../shared/domain/note-style.js';
import { roomLimits } from '../../shared/salle/limits.js';
import type { PhoneView } from '../../shared/salle/room.js';
import { newClientId, SalleError, salle } from './salle-api.js';
import { noteKindName, textes } from './textes.js';

interface SendProps {
  view: PhoneView;
  author: string;
  onAuthor: (name: string) => void;
  /** After a proposal was sent, or refused because the phone must join again. */
  onSent: (error?: SalleError) => void;
}

/** The sending state shared by both forms: sending, the confirmation, or the refusal. */
function useSending(onSent: SendProps['onSent']) {
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  async function send(method: string, input: object, reset: () => void) {
    setSending(true);
    setMessage(null);
    try {
      await salle(method, { id: newClientId(), ...input }, textes.unreachable);
      reset();
      setMessage({ ok: true, text: textes.sent });
      onSent();
    } catch (error) {
      const refused = error instanceof SalleError ? error : new SalleError(0, textes.unreachable);
      setMessage({ ok: false, text: refused.message });
      onSent(refused);
    } finally {
      setSending(false);
    }
  }
  return { sending, message, send };
}

/** The optional first name, kept on the phone for the next proposal. */
function Prenom({ author, onAuthor }: Pick<SendProps, 'author' | 'onAuthor'>) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{textes.firstName}</label>
      <input
        id={id}
        value={author}
        maxLength={roomLimits.author}
        autoComplete="given-name"
        onChange={(event) => onAuthor(event.target.value)}
      />
      <p className="aide">{textes.firstNameHelp}</p>
    </>
  );
}

function Message({ message }: { message: { ok: boolean; text: string } | null }) {
  if (!message) return null;
  return (
    <p className={message.ok ? 'envoye' : 'refus'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
}

/** A note: its kind (sign, name and colour), its text, and optionally the actor it is about. */
export function ProposerNote({ view, author, onAuthor, onSent }: SendProps) {
  const [kind, setKind] = useState<NoteKind>('constat');
  const [text, setText] = useState('');
  const [actorId, setActorId] = useState('');
  const { sending, message, send } = useSending(onSent);
  const ids = { text: useId(), actor: useId() };
  const full = view.proposalsLeft === 0;

  return (
    <form
      className="formulaire"
      onSubmit={(event) => {
        event.preventDefault();
        void send('propose.note', { kind, text, actorId: actorId || null, author }, () => setText(''));
      }}
    >
      <fieldset className="types">
        <legend>{textes.kindLegend}</legend>
        {noteKindIds.map((id) => (
          <label key={id} className="type" data-kind={id} data-checked={kind === id || undefined}>
            <input type="radio" name="kind" value={id} checked={kind === id} onChange={() => setKind(id)} />
            <span className="type-signe" aria-hidden="true">
              {noteStyles[id].icon}
            </span>
            {noteKindName(id)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={ids.text}>{textes.noteText}</label>
      <textarea
        id={ids.text}
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={roomLimits.proposalText}
        rows={4}
        required
      />
      <label htmlFor={ids.actor}>{textes.about}</label>
      <select id={ids.actor} value={actorId} onChange={(event) => setActorId(event.target.value)}>
        <option value="">{textes.noActor}</option>
        {view.actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.label}
          </option>
        ))}
      </select>
      <Prenom author={author} onAuthor={onAuthor} />
      <button type="submit" className="principal" disabled={sending || full || text.trim() === ''}>
        {sending ? textes.sending : textes.send}
      </button>
      <Message message={message} />
      <p className="aide">{textes.left(view.proposalsLeft)}</p>
    </form>
  );
}

/** « A and B should work together »: two actors of the map, and a word on why. */
export function ProposerLien({ view, author, onAuthor, onSent }: SendProps) {
  const [sourceId, setSourceId] = useState('');
  const [targetId, setTargetId] = useState('');
  const [text, setText] = useState('');
  const { sending, message, send } = useSending(onSent);
  const ids = { a: useId(), b: useId(), why: useId() };
  if (view.actors.length < 2) return <p className="aide">{textes.noActors}</p>;

  const choices = (other: string) =>
    view.actors
      .filter((actor) => actor.id !== other)
      .map((actor) => (
        <option key={actor.id} value={actor.id}>
          {actor.label}
        </option>
      ));
  return (
    <form
      className="formulaire"
      onSubmit={(event) => {
        event.preventDefault();
        void send('propose.link', { sourceId, targetId, text, author }, () => {
          setSourceId('');
          setTargetId('');
          setText('');
        });
      }}
    >
      <p className="consigne">{textes.linkHelp}</p>
      <label htmlFor={ids.a}>{textes.linkA}</label>
      <select id={ids.a} value={sourceId} onChange={(event) => setSourceId(event.target.value)} required>
        <option value="">{textes.choose}</option>
        {choices(targetId)}
      </select>
      <label htmlFor={ids.b}>{textes.linkB}</label>
      <select id={ids.b} value={targetId} onChange={(event) => setTargetId(event.target.value)} required>
        <option value="">{textes.choose}</option>
        {choices(sourceId)}
      </select>
      <label htmlFor={ids.why}>{textes.linkWhy}</label>
      <textarea
        id={ids.why}
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={roomLimits.proposalText}
        rows={3}
      />
      <Prenom author={author} onAuthor={onAuthor} />
      <button
        type="submit"
        className="principal"
        disabled={sending || view.proposalsLeft === 0 || !sourceId || !targetId}
      >
        {sending ? textes.sending : textes.send}
      </button>
      <Message message={message} />
      <p className="aide">{textes.left(view.proposalsLeft)}</p>
    </form>
  );
}

/** This phone's proposals and what became of them. */
export function MesPropositions({ mine }: { mine: PhoneView['mine'] }) {
  if (mine.length === 0) return null;
  return (
    <section className="mes-propositions" aria-label={textes.mine}>
      <h2>{textes.mine}</h2>
      <ul>
        {mine.map((proposal) => (
          <li key={proposal.id} data-status={proposal.status}>
            <span className="texte">{proposal.text || '—'}</span>
            <span className="statut">{textes.status[proposal.status]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
