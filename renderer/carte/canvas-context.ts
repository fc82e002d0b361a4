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
  /**
   * The wall's own layout sizes each actor's box around its name (shared/mur): the outline's
   * padding is then the box's, not the editor's fixed one.
   */
  sizedBoxes?: boolean;
  /**
   * Links write their kind on their label. The wall showing the whole map leaves the kind to the
   * line's colour and the legend, and keeps the quality's sign.
   */
  linkWords?: boolean;
}

export const CanvasContext = createContext<CanvasShared | null>(null);

export function useCanvasShared(): CanvasShared | null {
  return useContext(CanvasContext);
}

/** The value a canvas gives its actors and links: new when the codebook, the language or an option changes. */
export function useCanvasValue(
  codebook: Codebook,
  options: Pick<CanvasShared, 'sizedBoxes' | 'linkWords'> = {},
): CanvasShared {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const { sizedBoxes = false, linkWords = true } = options;
  return useMemo(() => ({ codebook, language, sizedBoxes, linkWords }), [codebook, language, sizedBoxes, linkWords]);
}
