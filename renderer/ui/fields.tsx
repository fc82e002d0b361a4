import type { ReactNode } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  maxLength: number;
  multiline?: boolean;
  /** Called once the facilitator leaves the field (or presses Entrée in a one-line field). */
  onCommit(value: string): void;
}

/** A text field that saves when left, not at every key: one undo step per change. */
export function TextField({ label, value, maxLength, multiline = false, onCommit }: TextFieldProps) {
  const commit = (next: string) => {
    if (next !== value) onCommit(next);
  };
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is one of the two branches below
    <label className="champ">
      <span>{label}</span>
      {multiline ? (
        <textarea
          key={value}
          defaultValue={value}
          maxLength={maxLength}
          rows={3}
          onBlur={(event) => commit(event.currentTarget.value)}
        />
      ) : (
        <input
          key={value}
          defaultValue={value}
          maxLength={maxLength}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
          onBlur={(event) => commit(event.currentTarget.value)}
        />
      )}
    </label>
  );
}

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T | null;
  options: readonly { value: T; label: string; swatch?: ReactNode }[];
  onChange(value: T): void;
  /** Options side by side (short labels) rather than one per line. */
  inline?: boolean;
}

/** A set of radio buttons: every option visible, the chosen one in bold and framed. */
export function ChoiceGroup<T extends string>({ legend, name, value, options, onChange, inline }: ChoiceGroupProps<T>) {
  return (
    <fieldset className={`choix${inline ? ' en-ligne' : ''}`}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={`option${option.value === value ? ' active' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.swatch}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

interface CheckGroupProps<T extends string> {
  legend: string;
  values: readonly T[];
  options: readonly { value: T; label: string }[];
  onChange(values: T[]): void;
}

export function CheckGroup<T extends string>({ legend, values, options, onChange }: CheckGroupProps<T>) {
  return (
    <fieldset className="choix en-ligne">
      <legend>{legend}</legend>
      {options.map((option) => {
        const checked = values.includes(option.value);
        return (
          <label key={option.value} className={`option${checked ? ' active' : ''}`}>
            <input
              type="checkbox"
              checked={checked}
              onChange={() =>
                onChange(
                  checked
                    ? values.filter((v) => v !== option.value)
                    : options.map((o) => o.value).filter((v) => v === option.value || values.includes(v)),
                )
              }
            />
            {option.label}
          </label>
        );
      })}
    </fieldset>
  );
}
