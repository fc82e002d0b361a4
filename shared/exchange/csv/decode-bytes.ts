/**
 * The text of a spreadsheet export, whatever the spreadsheet: UTF-8 with or without BOM
 * (LibreOffice, recent Excel), or Windows-1252 (Excel's « CSV (séparateur : point-virgule) »
 * on a French Windows). Bytes that are not valid UTF-8 are read as Windows-1252, which maps
 * every byte to a character, so « Éducation » written by an old Excel reads right.
 */
export type TextEncodingName = 'utf-8' | 'windows-1252';

export type DecodedText = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; message: string };

/** Bytes no text file contains: NUL, and control characters other than tab, CR, LF. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls++;
  }
  return controls > sample.length / 100;
}

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Decoded by hand: Node 20's TextDecoder
 * reads the 'windows-1252' label as Latin-1 and turns « ’ » (0x92) or « œ » (0x9C) into
 * invisible control characters. Unassigned bytes keep their Latin-1 code point, as browsers do.
 */
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80]! : b)));
  }
  return text;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (looksBinary(bytes)) {
    return {
      ok: false,
      message:
        'Ce fichier ne contient pas de texte (il semble binaire)\u00a0: enregistrez le tableau au format CSV depuis votre tableur.',
    };
  }
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Base64 as a transport sends bytes; atob exists in browsers and in Node ≥ 16. */
export function bytesFromBase64(base64: string): Uint8Array | null {
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
