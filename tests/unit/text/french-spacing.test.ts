import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../shared/text/french-spacing.js';

const nbsp = '\u00a0';

describe('frenchSpacing, for names on the canvas and the wall and the text of native dialogs', () => {
  it('binds each of : ; ! ? » to the word before it, and « to the word after it, everywhere in the text', () => {
    expect(frenchSpacing('Détail : a ; b ! c ? « d » et « e » : f')).toBe(
      `Détail${nbsp}: a${nbsp}; b${nbsp}! c${nbsp}? «${nbsp}d${nbsp}» et «${nbsp}e${nbsp}»${nbsp}: f`,
    );
  });

  it('leaves every other space, and signs with no space before them, as they are', () => {
    expect(frenchSpacing('EACCES: permission denied, https://a.example/?q=1 - fin.')).toBe(
      'EACCES: permission denied, https://a.example/?q=1 - fin.',
    );
    expect(frenchSpacing('a  :b')).toBe(`a ${nbsp}:b`);
  });
});
