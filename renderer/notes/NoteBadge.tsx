import { useCarte } from '../carte/carte-context.js';
import { fastT as t } from '../i18n/fast-t.js';
import { notesOn } from './attached-notes.js';

/** « ✎ 2 » on an actor: how many notes the group attached to it (links count theirs in their label). */
export function NoteBadge({ actorId }: { actorId: string }) {
  const count = useCarte((state) => notesOn(state.map?.notes, 'actor', actorId).length);
  if (count === 0) return null;
  return (
    <span className="badge-notes" data-notes={count} title={t('notes.badge', { count })}>
      <span aria-hidden="true">✎</span> {count}
      <span className="visuellement-cache">{t('notes.badge', { count })}</span>
    </span>
  );
}
