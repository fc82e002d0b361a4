import { useTranslation } from 'react-i18next';
import type { Facilitation } from '../../shared/atelier/facilitation.js';
import type { StepId } from '../../shared/atelier/steps.js';

/** A step's title and its question: the one written for this workshop, else the default. */
export function useStepText(state: Facilitation, step: StepId = state.step): { title: string; question: string } {
  const { t } = useTranslation();
  return {
    title: t(`etapes.titles.${step}`),
    question: state.questions[step] ?? t(`etapes.questions.${step}`),
  };
}
