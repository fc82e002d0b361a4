/**
 * What went wrong, in French, where the facilitator is looking: announced by screen readers, and
 * marked by « ⚠ » as well as by its colour.
 */
export function Alerte({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="alerte" role="alert">
      ⚠ {message}
    </p>
  );
}
