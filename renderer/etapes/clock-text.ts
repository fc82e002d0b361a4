/** « 12:05 », or « +0:42 » once the time is over: how long the step has overrun. */
export function clockText(remainingMs: number): string {
  const over = remainingMs < 0;
  // Rounded up while counting down (« 0:01 » until the very end), down once over.
  const seconds = over ? Math.floor(-remainingMs / 1000) : Math.ceil(remainingMs / 1000);
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
