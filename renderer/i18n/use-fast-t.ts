import i18next, { type TOptions } from 'i18next';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}
const currentLanguage = () => i18next.language;

/** Translations of keys without options, for the current language. */
const remembered = new Map<string, string>();
let rememberedLanguage: string | undefined;

/**
 * i18next resolves every call anew (namespaces, fallbacks, interpolation, about 15 µs): 450 links
 * writing five words each made 40 ms of opening a map. A key without options always says the
 * same thing in one language, so it is translated once.
 */
export function fastT(key: string, options?: TOptions): string {
  if (options) return i18next.t(key, options);
  if (i18next.language !== rememberedLanguage) {
    remembered.clear();
    rememberedLanguage = i18next.language;
  }
  let text = remembered.get(key);
  if (text === undefined) {
    text = i18next.t(key);
    remembered.set(key, text);
  }
  return text;
}

/**
 * The translation function for what the canvas draws by the hundred (actors, links, note badges).
 * react-i18next's useTranslation builds a wrapper, state and an effect in every component that
 * calls it: with 1,000 actors and 1,500 links that was a tenth of the time to open a map
 * (bench/). This reads the language through one cheap subscription and re-renders the component
 * when it changes, as useTranslation does.
 */
export function useFastT(): typeof fastT {
  useSyncExternalStore(subscribe, currentLanguage);
  return fastT;
}
