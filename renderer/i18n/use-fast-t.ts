import i18next from 'i18next';
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  i18next.on('languageChanged', onChange);
  return () => i18next.off('languageChanged', onChange);
}
const currentLanguage = () => i18next.language;

/**
 * The translation function for what the canvas draws by the hundred (links, note badges).
 * react-i18next's useTranslation builds a wrapper, state and an effect in every component that
 * calls it: with 1,000 actors and 1,500 links that was a tenth of the time to open a map
 * (bench/). This reads the language through one cheap subscription and re-renders the component
 * when it changes, as useTranslation does.
 */
export function useFastT(): typeof i18next.t {
  useSyncExternalStore(subscribe, currentLanguage);
  return i18next.t;
}
