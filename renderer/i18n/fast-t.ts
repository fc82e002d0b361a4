import i18next, { type TOptions } from 'i18next';

/** Translations of keys without options, for the current language. */
const remembered = new Map<string, string>();
let rememberedLanguage: string | undefined;

/**
 * The translation function for what the canvas draws by the hundred (actors, links, note badges).
 * i18next resolves every call anew (namespaces, fallbacks, interpolation, about 15 µs): 450 links
 * writing five words each made 40 ms of opening a map. A key without options always says the
 * same thing in one language, so it is translated once. Components using it re-render on a
 * change of language through the canvas's context (carte/canvas-context.ts), not a subscription
 * each (react-i18next's useTranslation builds a wrapper, state and an effect per component).
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
