import { describe, expect, it } from 'vitest';
import {
  agree,
  countOf,
  formatDate,
  formatNumber,
  formatPercent,
  joinFrench,
  listSome,
  quote,
} from '../../../shared/synthese/french.js';
import { csvCell, escapeMarkdown, escapeXml, escapeXmlAttribute, xmlSafe } from '../../../shared/text/escape.js';

describe('French sentences', () => {
  it('puts 0 and 1 in the singular, 2 and more in the plural', () => {
    expect(countOf(0, 'acteur', 'acteurs')).toBe('0 acteur');
    expect(countOf(1, 'acteur', 'acteurs')).toBe('1 acteur');
    expect(countOf(2, 'acteur', 'acteurs')).toBe('2 acteurs');
    expect(agree(1, 'est jugée', 'sont jugées')).toBe('est jugée');
  });

  it('groups thousands and writes percentages with a narrow no-break space', () => {
    expect(formatNumber(12345)).toBe('12\u202f345');
    expect(formatNumber(999)).toBe('999');
    expect(formatPercent(0.125)).toBe('13\u202f%');
    expect(formatPercent(0.004)).toBe('moins de 1\u202f%');
    expect(formatPercent(0)).toBe('0\u202f%');
  });

  it('joins lists with « et », quotes with « », shortens long lists', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['A'])).toBe('A');
    expect(joinFrench(['A', 'B', 'C'])).toBe('A, B et C');
    expect(quote('CAF')).toBe('«\u202fCAF\u202f»');
    expect(listSome(['A', 'B', 'C', 'D'], 2)).toBe('A, B et 2 autres');
    expect(listSome(['A', 'B', 'C'], 2)).toBe('A, B et 1 autre');
  });

  it('writes dates the French way, 1er included', () => {
    expect(formatDate('2026-03-01')).toBe('1er mars 2026');
    expect(formatDate('2026-12-25T10:00:00Z')).toBe('25 décembre 2026');
    expect(formatDate('')).toBe('');
    expect(formatDate('2026-13-01')).toBe('');
  });
});

describe('escaping of user strings', () => {
  const hostile = ['<img src=x onerror=alert(1)>', 'Fin ]]> de section', '=HYPERLINK("x")', '"\'&'];

  it('makes markup inert in XML and HTML, element content and attributes alike', () => {
    expect(escapeXml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeXml('Fin ]]> de section')).toBe('Fin ]]&gt; de section');
    expect(escapeXml('"\'&')).toBe('&quot;&#39;&amp;');
    for (const text of hostile) expect(escapeXml(text)).not.toMatch(/[<>"']/);
  });

  it('drops the characters XML forbids and keeps every other one, emoji included', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000bd\uFFFEe\uD800f')).toBe('abcdef');
    expect(xmlSafe('tab\tline\nreturn\r😀 é')).toBe('tab\tline\nreturn\r😀 é');
    expect(escapeXmlAttribute('a\nb\tc')).toBe('a&#10;b&#9;c');
    expect(escapeXmlAttribute('a\r\nb')).toBe('a&#13;&#10;b');
  });

  // How fast is the benchmark's business; here, that nothing is cut or left unescaped.
  it('escapes 10,000-character strings whole', () => {
    const long = '<é>'.repeat(3334).slice(0, 10_000);
    const escaped = escapeXml(long);
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped.replace(/&lt;/g, '<').replace(/&gt;/g, '>')).toBe(long);
    expect(csvCell(`=${long}`, ';')).toBe(`'=${long}`);
    expect(escapeMarkdown(long).replace(/\\/g, '')).toBe(long);
  });

  it('makes spreadsheet formulas inert and quotes cells per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("x")', ';')).toBe('"\'=HYPERLINK(""x"")"');
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvCell(`${start}1+1`, ';').replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('ligne 1\nligne 2', ';')).toBe('"ligne 1\nligne 2"');
    expect(csvCell('simple', ';')).toBe('simple');
    expect(csvCell(-120, ';')).toBe('-120');
    expect(csvCell(true, ';')).toBe('true');
    // Only a formula's first character counts; a sign inside a name is text.
    expect(csvCell('Relais A=B+C @ville', ';')).toBe('Relais A=B+C @ville');
    // Spaces around a value survive only inside quotes.
    expect(csvCell(' PMI ', ';')).toBe('" PMI "');
    expect(csvCell('"Le Relais"', ';')).toBe('"""Le Relais"""');
    expect(csvCell('a\rb', ';')).toBe('"a\rb"');
  });

  it('escapes Markdown so that a card shows what was typed', () => {
    expect(escapeMarkdown('[clic](javascript:alert(1)) **gras** <b>')).toBe(
      '\\[clic\\]\\(javascript\\:alert\\(1\\)\\) \\*\\*gras\\*\\* \\<b\\>',
    );
  });
});
