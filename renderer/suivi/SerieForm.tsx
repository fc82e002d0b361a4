import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankLabel, type SeriesMember, type SeriesProposal } from '../../shared/series/series.js';
import { formatDay } from '../ui/format-day.js';

function dateOf(member: SeriesMember, language: string, noDate: string): string {
  return member.date ? formatDay(member.date, language) : noDate;
}

/**
 * The series of the open workshop: confirmed members T0, T1… with a comparison to choose, or the
 * workshops proposed from the territory's name to tick and confirm (never joined without it).
 */
export function SerieForm({
  workshopId,
  proposal,
  editing,
  onEdit,
  onConfirm,
  onLeave,
  onCompare,
}: {
  workshopId: string;
  proposal: SeriesProposal;
  editing: boolean;
  onEdit: () => void;
  onConfirm: (name: string, memberIds: string[]) => Promise<void>;
  onLeave: () => Promise<void>;
  onCompare: (otherId: string) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const choices = [...proposal.members, ...proposal.proposed];
  const [name, setName] = useState(proposal.name);
  const [ticked, setTicked] = useState<Set<string>>(() => new Set(choices.map((c) => c.id)));
  const others = proposal.members.filter((m) => m.id !== workshopId);
  const [other, setOther] = useState(others[0]?.id ?? '');
  const memberText = (m: SeriesMember) => `${m.title} — ${dateOf(m, i18n.language, t('suivi.noDate'))}`;

  if (!editing) {
    return (
      <div className="suivi-serie">
        <h3>{t('suivi.series', { name: proposal.name })}</h3>
        <ol className="versions-liste suivi-membres">
          {proposal.members.map((m) => (
            <li key={m.id} data-rang={rankLabel(m.rank)}>
              <strong className="suivi-rang">{rankLabel(m.rank)}</strong>
              <span className="version-nom">
                {m.title}
                <span className="version-details">
                  {dateOf(m, i18n.language, t('suivi.noDate'))}
                  {m.id === workshopId && ` · ${t('suivi.thisOne')}`}
                </span>
              </span>
            </li>
          ))}
        </ol>
        {others.length > 0 && (
          <form
            className="versions-garder"
            onSubmit={(event) => {
              event.preventDefault();
              if (other) void onCompare(other);
            }}
          >
            <label className="champ">
              {t('suivi.compareWith')}
              <select value={other} onChange={(event) => setOther(event.currentTarget.value)}>
                {others.map((m) => (
                  <option key={m.id} value={m.id}>
                    {rankLabel(m.rank)} · {memberText(m)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="bouton principal" disabled={!other}>
              {t('suivi.compare')}
            </button>
          </form>
        )}
        {others.length === 0 && <p className="vide">{t('suivi.alone')}</p>}
        <div className="suivi-actions">
          <button type="button" className="bouton" onClick={onEdit}>
            {t('suivi.edit')}
          </button>
          <button type="button" className="bouton discret" onClick={() => void onLeave()}>
            {t('suivi.leave')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="suivi-serie"
      onSubmit={(event) => {
        event.preventDefault();
        void onConfirm(name, [...ticked]);
      }}
    >
      <p>{t('suivi.explain')}</p>
      <label className="champ">
        {t('suivi.nameLabel')}
        <input value={name} maxLength={200} required onChange={(event) => setName(event.currentTarget.value)} />
      </label>
      <fieldset className="suivi-choix">
        <legend>{t('suivi.proposed')}</legend>
        {choices.map((c) => (
          <label key={c.id} className="case">
            <input
              type="checkbox"
              checked={ticked.has(c.id)}
              // The open workshop is the one being placed: it is always in its own series.
              disabled={c.id === workshopId}
              onChange={(event) => {
                const next = new Set(ticked);
                if (event.currentTarget.checked) next.add(c.id);
                else next.delete(c.id);
                setTicked(next);
              }}
            />
            {memberText(c)}
            {c.id === workshopId && <span className="version-details"> · {t('suivi.thisOne')}</span>}
          </label>
        ))}
      </fieldset>
      {choices.length < 2 && <p className="vide">{t('suivi.alone')}</p>}
      <div className="suivi-actions">
        <button type="submit" className="bouton principal" disabled={name.trim() === ''}>
          {t('suivi.confirm')}
        </button>
      </div>
    </form>
  );
}
