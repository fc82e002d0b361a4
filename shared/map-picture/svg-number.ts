/** A coordinate written with one decimal at most: smaller files, same picture. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
