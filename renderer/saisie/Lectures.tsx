import { useTranslation } from 'react-i18next';

interface LecturesProps {
  /** Named by the bar's field (aria-describedby): read with it by a screen reader. */
  id: string;
  /** The readings in words, the one Enter applies first. */
  texts: readonly string[];
  onPick(index: number): void;
}

/**
 * What the line will do before Enter, and the other ways it could be read, each with its key:
 * the facilitator sees a misreading before it happens, and chooses another without the mouse.
 */
export function Lectures({ id, texts, onPick }: LecturesProps) {
  const { t } = useTranslation();
  return (
    <div id={id} className="saisie-lectures" hidden={texts.length === 0}>
      {texts.length > 0 && (
        <ol aria-label={t('saisie.reading')}>
          {texts.map((text, index) => (
            <li key={text} className={index === 0 ? 'premiere' : undefined}>
              <span className="saisie-lecture-nom">{index === 0 ? t('saisie.reading') : t('saisie.otherReading')}</span>
              <span className="saisie-lecture-texte">{text}</span>
              <button
                type="button"
                className="saisie-lecture-touche"
                tabIndex={-1}
                onMouseDown={(event) => {
                  event.preventDefault();
                  onPick(index);
                }}
              >
                <kbd>{index === 0 ? t('saisie.enterKey') : `Alt+${index + 1}`}</kbd>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
