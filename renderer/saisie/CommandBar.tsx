import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { parseCommandLine } from '../../shared/saisie/command-line.js';
import { planCommand } from '../../shared/saisie/command-plan.js';
import { usePalette } from '../actions/palette.js';
import { useCarteStore } from '../carte/carte-context.js';
import { ListeChoix, moveActive } from '../ui/ListeChoix.js';
import { suggestionsFor } from './suggestions.js';

interface CommandBarProps {
  map: MapState;
  onClose(): void;
}

type Feedback = { ok: boolean; text: string } | null;

/**
 * Quick capture: one line per thing said (« CCAS > Collège : orientation »), autocomplete on the
 * actors already there, and it stays open for the next line. Each line is one undoable step.
 */
export function CommandBar({ map, onClose }: CommandBarProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const carte = useCarteStore();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const defaults = useRef({ category: 'autres', kind: map.codebook.linkKinds[0]?.id ?? 'autre' });

  useEffect(() => input.current?.focus(), []);

  // « /… » asks for an action of the registry instead of capturing a line.
  const palette = usePalette(text);
  const { prefix, items } = palette
    ? { prefix: '', items: palette.items.map((item) => (item.key ? `${item.label} (${item.key})` : item.label)) }
    : suggestionsFor(map, text);
  const shown = items.length > 0 && text.trim() !== '';

  function complete(item: string) {
    const typing = suggestionsFor(map, text);
    const next = `${typing.prefix}${item}`;
    setText(next);
    setActive(0);
    input.current?.focus();
  }

  function submit() {
    if (palette) {
      const chosen = palette.items[active];
      if (!chosen) return;
      // Closed first: an action may open another overlay (« Trouver un acteur »).
      onClose();
      palette.run(chosen);
      return;
    }
    const parsed = parseCommandLine(text);
    if (!parsed.ok) {
      setFeedback({ ok: false, text: parsed.message });
      return;
    }
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const around = pane
      ? flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 })
      : { x: 0, y: 0 };
    const plan = planCommand(map, parsed.line, {
      defaultCategory: defaults.current.category,
      defaultKind: defaults.current.kind,
      around,
      newId: () => crypto.randomUUID(),
    });
    if (!plan.ok) {
      setFeedback({ ok: false, text: plan.message });
      return;
    }
    carte.getState().apply(plan.ops);
    defaults.current = { category: plan.category, kind: plan.kind ?? defaults.current.kind };
    setFeedback({ ok: true, text: plan.summary });
    setText('');
  }

  return (
    <search className="saisie-rapide">
      <label htmlFor={`${listId}-champ`} className="saisie-titre">
        {t('saisie.title')}
      </label>
      <input
        id={`${listId}-champ`}
        ref={input}
        value={text}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        placeholder={t('saisie.placeholder')}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
          } else if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          } else if (event.key === 'Tab' && shown && !palette) {
            event.preventDefault();
            complete(items[active] ?? items[0] ?? '');
          } else if (shown) {
            const next = moveActive(event.key, active, items.length);
            if (next !== undefined) {
              event.preventDefault();
              setActive(next);
            }
          }
        }}
      />
      {shown && (
        <ListeChoix
          id={listId}
          label={t('saisie.suggestions')}
          options={items.map((item) => ({
            key: item,
            content: (
              <>
                <span className="saisie-deja">{prefix}</span>
                {item}
              </>
            ),
          }))}
          active={active}
          onPick={(index) => {
            const chosen = palette?.items[index];
            if (palette && chosen) {
              onClose();
              palette.run(chosen);
            } else complete(items[index] ?? '');
          }}
        />
      )}
      <p className={`saisie-retour${feedback && !feedback.ok ? ' erreur' : ''}`} role="status">
        {feedback ? `${feedback.ok ? '✓' : '⚠'} ${feedback.text}` : t('saisie.help')}
      </p>
    </search>
  );
}
