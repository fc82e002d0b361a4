import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionName } from '../../shared/actions/catalog.js';
import { useActionApplies, useActions } from './context.js';
import { ariaShortcuts, keyLanguageOf, shortcutText, titleOf } from './shortcut.js';

interface ActionButtonProps {
  name: ActionName;
  children: ReactNode;
  className?: string;
  /** A longer explanation for the tooltip than the action's label; its key is added after it. */
  hint?: string;
  /** Shows the key on the button itself, not only in the tooltip. */
  showKey?: boolean;
  ariaLabel?: string;
  pressed?: boolean;
  /** For a button that opens a chooser: whether it is open. */
  expanded?: boolean;
}

/**
 * A button of the tool rail (or elsewhere) that runs an action of the registry: greyed when it
 * does not apply, its key in the tooltip and `aria-keyshortcuts` read from the same catalog as
 * the key handler, so the shortcut shown is the one that works.
 */
export function ActionButton(props: ActionButtonProps) {
  const { name, children, className = 'bouton', hint, showKey, ariaLabel, pressed, expanded } = props;
  const registry = useActions();
  const applies = useActionApplies(name);
  const { i18n } = useTranslation();
  const language = keyLanguageOf(i18n.language);
  const key = showKey ? shortcutText(name, language) : '';
  return (
    <button
      type="button"
      className={className}
      disabled={!applies}
      title={titleOf(name, language, hint)}
      aria-keyshortcuts={ariaShortcuts(name)}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      aria-expanded={expanded}
      data-action={name}
      onClick={() => registry.run(name, 'rail')}
    >
      {children}
      {key && (
        <>
          {' '}
          <kbd>{key}</kbd>
        </>
      )}
    </button>
  );
}
