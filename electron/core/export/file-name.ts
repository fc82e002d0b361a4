/**
 * A file name from the workshop's title: letters without accents, digits and dashes, so that
 * it survives every file system, mail client and USB key; 'atelier' when nothing is left.
 */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'atelier';
}
