import type { ReactNode } from 'react';

interface ListeChoixProps {
  /** The id the field names in aria-controls; each option is `${id}-${index}`. */
  id: string;
  label: string;
  options: readonly { key: string; content: ReactNode }[];
  active: number;
  onPick(index: number): void;
}

/**
 * The list of a combobox (the quick-capture bar, « Trouver un acteur »): driven from its field by
 * aria-activedescendant, picked with the mouse without taking the focus from the field.
 */
export function ListeChoix({ id, label, options, active, onPick }: ListeChoixProps) {
  return (
    <div id={id} role="listbox" className="saisie-suggestions" aria-label={label}>
      {options.map((option, index) => (
        <div
          key={option.key}
          id={`${id}-${index}`}
          role="option"
          tabIndex={-1}
          aria-selected={index === active}
          className={index === active ? 'active' : undefined}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(index);
          }}
        >
          {option.content}
        </div>
      ))}
    </div>
  );
}

/** The next option for ↑ / ↓, wrapping around; undefined for any other key. */
export function moveActive(key: string, active: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowDown') return (active + 1) % count;
  if (key === 'ArrowUp') return (active - 1 + count) % count;
  return undefined;
}
