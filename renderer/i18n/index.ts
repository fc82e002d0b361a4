import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { fr } from './fr.js';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'maillage.langue';

function savedLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return saved === 'en' ? 'en' : 'fr';
}

/**
 * English is loaded when asked for: most facilitators work in French, and its strings need not be
 * parsed before the map opens.
 */
async function englishStrings(): Promise<Record<string, unknown>> {
  return (await import('./en.js')).en;
}

/** French first; English when the facilitator chose it (remembered on this computer). */
export async function setupI18n(): Promise<void> {
  const language = savedLanguage();
  await i18next.use(initReactI18next).init({
    resources: {
      fr: { translation: fr },
      ...(language === 'en' ? { en: { translation: await englishStrings() } } : {}),
    },
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(storageKey, language);
  if (language === 'en' && !i18next.hasResourceBundle('en', 'translation')) {
    i18next.addResourceBundle('en', 'translation', await englishStrings());
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
