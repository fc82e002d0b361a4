import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { remainingMs, type StepTimer } from '../../shared/atelier/facilitation.js';
import { clockText } from './clock-text.js';
import { playEndChime, soundWanted } from './end-signal.js';
import { useNow } from './use-now.js';

interface MinuteurProps {
  timer: StepTimer;
  /** The editor rings once when the time runs out; the wall only shows it. */
  ring?: boolean;
  className?: string;
}

/**
 * The step's countdown: minutes and seconds, then « Temps écoulé » with the overrun. The end
 * is said in words and by a slow pulse of the frame, never by colour alone.
 */
export function Minuteur({ timer, ring = false, className = '' }: MinuteurProps) {
  const { t } = useTranslation();
  const running = timer.startedAt !== null;
  const now = useNow(running);
  const left = remainingMs(timer, now);
  const over = left <= 0;
  const wasOver = useRef(over);

  useEffect(() => {
    if (ring && running && over && !wasOver.current && soundWanted()) playEndChime();
    wasOver.current = over;
  }, [ring, running, over]);

  return (
    <span
      className={`minuteur${over ? ' ecoule' : ''}${running ? ' en-cours' : ''} ${className}`}
      role="timer"
      aria-live="off"
      data-remaining={Math.round(left / 1000)}
    >
      <span className="minuteur-icone" aria-hidden="true">
        ◷
      </span>
      <span className="minuteur-temps">{clockText(left)}</span>
      {over && <span className="minuteur-fin">{t('etapes.timeUp')}</span>}
    </span>
  );
}
