import { useId, useState } from 'react';
import { SalleError, salle } from './salle-api.js';
import { textes } from './textes.js';

/** Joining by hand: the six digits on the wall lead to the same secret as the QR code. */
export function Entree({ problem, onSecret }: { problem: string | null; onSecret: (secret: string) => void }) {
  const [code, setCode] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const id = useId();

  return (
    <form
      className="entree"
      onSubmit={(event) => {
        event.preventDefault();
        setChecking(true);
        setRefusal(null);
        salle<{ secret: string }>('join.code', { code }, textes.unreachable)
          .then(({ secret }) => onSecret(secret))
          .catch((error: unknown) => setRefusal(error instanceof SalleError ? error.message : textes.unreachable))
          .finally(() => setChecking(false));
      }}
    >
      <h1>{textes.codeTitle}</h1>
      {problem && (
        <p className="refus" role="alert">
          {problem}
        </p>
      )}
      <p>{textes.codeHelp}</p>
      <label htmlFor={id}>{textes.codeLabel}</label>
      <input
        id={id}
        className="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]*"
        maxLength={9}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        required
      />
      <button type="submit" className="principal" disabled={checking || code.trim() === ''}>
        {textes.codeSubmit}
      </button>
      {refusal && (
        <p className="refus" role="alert">
          {refusal}
        </p>
      )}
    </form>
  );
}
