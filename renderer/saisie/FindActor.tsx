import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { fold } from '../../shared/exchange/fold.js';
import { ListeChoix, moveActive } from '../ui/ListeChoix.js';

interface FindActorProps {
  map: MapState;
  onFound(actorId: string): void;
  onClose(): void;
}

/** Ctrl+F: type part of a name, Entrée goes to the actor (selected, centred, zoomed in). */
export function FindActor({ map, onFound, onClose }: FindActorProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  useEffect(() => input.current?.focus(), []);

  const key = fold(text);
  const found = key ? map.actors.filter((actor) => fold(actor.label).includes(key)).slice(0, 8) : [];

  function go(index: number) {
    const actor = found[index];
    if (actor) onFound(actor.id);
  }

  return (
    <search className="saisie-rapide recherche">
      <label htmlFor={`${listId}-champ`} className="saisie-titre">
        {t('recherche.title')}
      </label>
      <input
        id={`${listId}-champ`}
        ref={input}
        value={text}
        role="combobox"
        aria-expanded={found.length > 0}
        aria-controls={listId}
        aria-activedescendant={found.length > 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        maxLength={200}
        placeholder={t('recherche.placeholder')}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          const next = moveActive(event.key, active, found.length);
          if (event.key === 'Escape') onClose();
          else if (event.key === 'Enter') go(active);
          else if (next !== undefined) setActive(next);
          else return;
          event.preventDefault();
        }}
      />
      {found.length > 0 ? (
        <ListeChoix
          id={listId}
          label={t('recherche.results')}
          options={found.map((actor) => ({ key: actor.id, content: actor.label }))}
          active={active}
          onPick={go}
        />
      ) : (
        <p className="saisie-retour">{key ? t('recherche.none') : t('recherche.help')}</p>
      )}
    </search>
  );
}
