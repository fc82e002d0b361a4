import { type KeyboardEvent, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { type Defaults, type Reading, type ReadResult, readLine } from '../../shared/saisie/command-plan.js';
import { completionsFor } from '../../shared/saisie/completion.js';
import { readingOps } from '../../shared/saisie/reading-ops.js';
import { changesNothing, describeError, describeReading, type Lang } from '../../shared/saisie/reading-text.js';
import { usePalette } from '../actions/palette.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { useViewCentre } from '../notes/use-note-spot.js';
import { ListeChoix, moveActive } from '../ui/ListeChoix.js';
import { Lectures } from './Lectures.js';

interface CommandBarProps {
  map: MapState;
  onClose(): void;
}

/** The line as typed now, or as last read and shown (which lags behind fast typing). */
type Line = 'typed' | 'shown';

/** What the last Enter did, or why it did nothing. */
type Feedback = { ok: boolean; text: string } | null;

/** The text kept before a completion, shortened: the end of a long line is what locates it. */
function shortPrefix(prefix: string): string {
  return prefix.length > 24 ? `…${prefix.slice(-16)}` : prefix;
}

/** Nothing to read in an empty line, nor in one that asks for an action (« /… »). */
function readBar(map: MapState, line: string, asksAction: boolean, defaults: Defaults): ReadResult | null {
  return asksAction || line.trim() === '' ? null : readLine(map, line, defaults);
}

/** Alt+2 … Alt+4 choose another reading; by key position, so that AZERTY needs no Shift. */
function readingNumber(event: KeyboardEvent): number | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  return digit ? Number(digit) : undefined;
}

/**
 * Quick capture: one line per thing said, read against the map as it is typed. Before Enter the
 * bar shows what it will do (and the other ways the line could be read, Alt+2…); Enter does the
 * first. Tab completes names and attributes. Each line is one undoable step; the bar stays open.
 */
export function CommandBar({ map, onClose }: CommandBarProps) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'fr';
  const viewCentre = useViewCentre();
  const carte = useCarteStore();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [lastKind, setLastKind] = useState(map.codebook.linkKinds[0]?.id ?? 'autre');

  useEffect(() => input.current?.focus(), []);

  // « Fait » said what the view did; when the core then refuses the line (the same new name
  // typed in another window a moment before), the bar must not keep saying it was done.
  const save = useCarte((state) => state.save);
  useEffect(() => {
    if (save.kind === 'failed') {
      setFeedback((shown) => (shown?.ok ? { ok: false, text: t('saisie.notSaved', { reason: save.message }) } : shown));
    }
  }, [save, t]);

  const category = map.codebook.categories.some((c) => c.id === 'autres')
    ? 'autres'
    : (map.codebook.categories.at(-1)?.id ?? 'autres');
  // « /… » asks for an action of the registry instead of capturing a line.
  const palette = usePalette(text);
  // What is shown follows the typing when the machine has time: a key press only updates the
  // field, so fast typing (or a loaded machine) never waits for each reading. Enter, Alt+n and
  // Tab read the line as it is at that moment.
  const shownText = useDeferredValue(text);
  const asksAction = palette !== null;
  const result = useMemo(
    () => readBar(map, shownText, asksAction, { category, kind: lastKind }),
    [map, shownText, asksAction, category, lastKind],
  );
  const shownCompletions = useMemo(() => completionsFor(map, shownText, lang), [map, shownText, lang]);
  const paletteItems = palette?.items.map((item) => (item.key ? `${item.label} (${item.key})` : item.label));
  const completions = paletteItems ? { prefix: '', items: paletteItems } : shownCompletions;
  const shown = completions.items.length > 0 && text.trim() !== '';

  /** Completes the line as typed now, which the list shown may not have caught up with yet. */
  function complete(index: number) {
    const now = shownText === text ? completions : completionsFor(map, text, lang);
    const item = now.items[index] ?? now.items[0];
    if (item === undefined) return;
    setText(`${now.prefix}${item}`);
    setActive(0);
    input.current?.focus();
  }

  function apply(reading: Reading) {
    const ops = readingOps(map, reading, { around: viewCentre(), newId: () => crypto.randomUUID() });
    if (ops.length > 0) carte.getState().apply(ops);
    if (reading.type === 'link' && !reading.defaultKind) setLastKind(reading.values.kind);
    const done = describeReading(reading, map.codebook, lang);
    setFeedback({ ok: true, text: changesNothing(reading) ? done : `${t('saisie.done')} ${done}` });
    setText('');
    setActive(0);
  }

  /** Closed first: an action may open another overlay (« Trouver un acteur »). */
  function runAction(index: number) {
    const chosen = palette?.items[index];
    if (!palette || !chosen) return;
    onClose();
    palette.run(chosen);
  }

  /**
   * A key reads the line as typed now; a click picks a reading the facilitator saw (`result`).
   * Either way nothing is applied that was not read from the text it is applied for.
   */
  function choose(index: number, line: Line = 'typed') {
    if (palette) return runAction(active);
    const now =
      line === 'shown' || shownText === text ? result : readBar(map, text, false, { category, kind: lastKind });
    if (!now) return;
    if (!now.ok) {
      setFeedback({ ok: false, text: describeError(now.error, map.codebook, lang) });
      return;
    }
    const reading = now.readings[index];
    if (reading) apply(reading);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const number = readingNumber(event);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter') choose(0);
    else if (number !== undefined) choose(number - 1);
    else if (event.key === 'Tab' && shown && !palette) complete(active);
    else {
      const next = shown ? moveActive(event.key, active, completions.items.length) : undefined;
      if (next === undefined) return;
      setActive(next);
    }
    event.preventDefault();
  }

  const readings = result?.ok ? result.readings : [];
  const pending = result && !result.ok ? describeError(result.error, map.codebook, lang) : null;
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
        aria-describedby={`${listId}-lecture`}
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        placeholder={t('saisie.placeholder')}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActive(0);
          setFeedback(null);
        }}
        onKeyDown={onKeyDown}
      />
      {shown && (
        <ListeChoix
          id={listId}
          label={t('saisie.suggestions')}
          options={completions.items.map((item) => ({
            key: item,
            content: (
              <>
                <span className="saisie-deja">{shortPrefix(completions.prefix)}</span>
                {item}
              </>
            ),
          }))}
          active={active}
          onPick={(index) => (palette ? runAction(index) : complete(index))}
        />
      )}
      <Lectures
        id={`${listId}-lecture`}
        texts={readings.map((reading) => describeReading(reading, map.codebook, lang))}
        onPick={(index) => choose(index, 'shown')}
      />
      <p
        className={`saisie-retour${feedback && !feedback.ok ? ' erreur' : ''}${!feedback && pending ? ' attente' : ''}`}
        role="status"
      >
        {feedback ? `${feedback.ok ? '✓' : '⚠'} ${feedback.text}` : (pending ?? (text.trim() ? '' : t('saisie.help')))}
      </p>
    </search>
  );
}
