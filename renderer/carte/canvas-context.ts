import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Codebook } from '../../shared/domain/codebook.js';

/**
 * What every actor and link of a canvas reads alike: the codebook of the map it draws and the
 * language. The canvas (editor or read-only) gives it through a context rather than each actor
 * and link subscribing to a store (about 1,800 subscriptions for 300 actors), and so a read-only
 * canvas of an earlier version draws with that version's codebook.
 */
export interface CanvasShared {
  codebook: Codebook;
  /** Changes when the language does, so that what the canvas writes is written again. */
  language: string;
}

export const CanvasContext = createContext<CanvasShared | null>(null);

export function useCanvasShared(): CanvasShared | null {
  return useContext(CanvasContext);
}

/** The value a canvas gives its actors and links: new when the codebook or the language changes. */
export function useCanvasValue(codebook: Codebook): CanvasShared {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => ({ codebook, language }), [codebook, language]);
}
