import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Facilitation, timerOf } from '../../shared/atelier/facilitation.js';
import { stepIds, stepIndex } from '../../shared/atelier/steps.js';
import { useAction } from '../actions/context.js';
import { keyLanguageOf, shortcutText } from '../actions/shortcut.js';
import { setSoundWanted, soundWanted } from './end-signal.js';
import { useFacilitation } from './facilitation-store.js';
import { Minuteur } from './Minuteur.js';
import { useStepText } from './step-text.js';

/** The question of the current step, editable in place (it is what the wall shows). */
function Question({ state }: { state: Facilitation }) {
  const { t } = useTranslation();
  const act = useFacilitation((s) => s.act);
  const [editing, setEditing] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  // Échap then the blur that follows must not save what Échap cancelled.
  const done = useRef(false);
  const text = useStepText(state);
  if (editing) {
    const finish = (commit: boolean) => {
      if (done.current) return;
      done.current = true;
      const value = field.current?.value.trim() ?? '';
      setEditing(false);
      if (!commit || value === text.question) return;
      // The default text typed back is the default again: it follows the language.
      const isDefault = value === t(`etapes.questions.${state.step}`);
      void act({ type: 'question', step: state.step, text: isDefault ? '' : value });
    };
    return (
      <input
        ref={field}
        className="etapes-question-saisie"
        aria-label={t('etapes.questionLabel', { title: text.title })}
        title={t('etapes.questionHint')}
        defaultValue={text.question}
        maxLength={300}
        // biome-ignore lint/a11y/noAutofocus: the field opens because the facilitator asked to edit the question
        autoFocus
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter') finish(true);
          if (event.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true)}
      />
    );
  }
  return (
    <button
      type="button"
      className="etapes-question"
      onClick={() => {
        done.current = false;
        setEditing(true);
      }}
      title={t('etapes.editQuestion')}
    >
      <span className="etapes-question-texte">{text.question}</span>
      <span aria-hidden="true"> ✎</span>
    </button>
  );
}

/** Start / pause, reset and (a click on the time) the duration of the current step's timer. */
function Chrono() {
  const { t } = useTranslation();
  const state = useFacilitation((s) => s.state);
  const act = useFacilitation((s) => s.act);
  const [sound, setSound] = useState(soundWanted);
  const [editing, setEditing] = useState(false);
  if (!state) return null;
  const timer = timerOf(state);
  const setDuration = (value: string) => {
    if (!editing) return;
    setEditing(false);
    const minutes = Number(value);
    if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 240 && minutes * 60 !== timer.durationS) {
      void act({ type: 'timer.duration', durationS: minutes * 60 });
    }
  };
  const running = timer.startedAt !== null;
  return (
    <fieldset className="etapes-chrono" aria-label={t('etapes.timer')}>
      {editing ? (
        <input
          className="etapes-duree"
          type="number"
          min={1}
          max={240}
          aria-label={t('etapes.minutes')}
          title={t('etapes.minutes')}
          defaultValue={Math.round(timer.durationS / 60)}
          // biome-ignore lint/a11y/noAutofocus: the field opens because the facilitator clicked the time
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') setDuration(event.currentTarget.value);
            if (event.key === 'Escape') setEditing(false);
          }}
          onBlur={(event) => setDuration(event.currentTarget.value)}
        />
      ) : (
        // The time is the way to its duration: one control fewer on a crowded line.
        <button
          type="button"
          className="bouton compact discret etapes-temps"
          onClick={() => setEditing(true)}
          title={t('etapes.minutes')}
          aria-label={t('etapes.minutes')}
        >
          <Minuteur timer={timer} ring />
        </button>
      )}
      <button
        type="button"
        className="bouton compact"
        onClick={() => void act({ type: running ? 'timer.pause' : 'timer.start' })}
        aria-label={running ? t('etapes.pause') : t('etapes.start')}
        title={running ? t('etapes.pause') : t('etapes.start')}
      >
        {running ? '❚❚' : '▶'}
      </button>
      <button
        type="button"
        className="bouton compact"
        onClick={() => void act({ type: 'timer.reset' })}
        aria-label={t('etapes.reset')}
        title={t('etapes.reset')}
      >
        ↺
      </button>
      <button
        type="button"
        className={`bouton compact discret son${sound ? '' : ' coupe'}`}
        aria-pressed={sound}
        onClick={() => {
          setSoundWanted(!sound);
          setSound(!sound);
        }}
        title={sound ? t('etapes.soundOn') : t('etapes.soundOff')}
        aria-label={sound ? t('etapes.soundOn') : t('etapes.soundOff')}
      >
        ♪
      </button>
    </fieldset>
  );
}

/**
 * The strip under the top bar: the seven steps (numbers, the current one named), its question,
 * its timer, then the wall's controls and the room's tools. Alt+← and Alt+→ move between steps.
 */
export function Etapes({ children }: { children?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const state = useFacilitation((s) => s.state);
  const act = useFacilitation((s) => s.act);
  const error = useFacilitation((s) => s.error);

  const at = state ? stepIndex(state.step) : -1;
  const previous = stepIds[at - 1];
  const next = stepIds[at + 1];
  useAction('step.previous', () => previous && void act({ type: 'step', step: previous }), previous !== undefined);
  useAction('step.next', () => next && void act({ type: 'step', step: next }), next !== undefined && at >= 0);
  const language = keyLanguageOf(i18n.language);
  const stepKeys = `${shortcutText('step.previous', language)} ${shortcutText('step.next', language)}`;

  if (!state) return null;
  return (
    <nav className="etapes" aria-label={t('etapes.stripLabel')}>
      <ol className="etapes-liste">
        {stepIds.map((step, index) => {
          const current = step === state.step;
          const title = t(`etapes.titles.${step}`);
          return (
            <li key={step}>
              <button
                type="button"
                className={`etape${current ? ' courante' : ''}${index < stepIndex(state.step) ? ' passee' : ''}`}
                aria-current={current ? 'step' : undefined}
                aria-label={t('etapes.step', { n: index + 1, title })}
                title={`${t('etapes.step', { n: index + 1, title })} (${stepKeys})`}
                onClick={() => void act({ type: 'step', step })}
              >
                <span className="etape-numero">{index + 1}</span>
                {current && <span className="etape-titre">{title}</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <Question state={state} />
      <Chrono />
      {children}
      {error && (
        <p className="etapes-erreur" role="alert">
          {error}
        </p>
      )}
    </nav>
  );
}
