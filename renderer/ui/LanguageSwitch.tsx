import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language, languages } from '../i18n/index.js';

/** FR / EN, written out: the choice is remembered on this computer. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <fieldset className="langues">
      <legend className="visuellement-cache">{t('app.language')}</legend>
      {languages.map((language: Language) => (
        <button
          key={language}
          type="button"
          className={`bouton discret${i18n.language === language ? ' actif' : ''}`}
          aria-pressed={i18n.language === language}
          onClick={() => void changeLanguage(language)}
          lang={language}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
