import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Hit {
  file: string;
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
}

/** The forms a text takes in a file: SQLite stores UTF-8 here, but a UTF-16 database or copy would not. */
export function encodedForms(text: string): { encoding: Hit['encoding']; bytes: Buffer }[] {
  const forms: { encoding: Hit['encoding']; bytes: Buffer }[] = [];
  for (const variant of new Set([text.normalize('NFC'), text.normalize('NFD')])) {
    forms.push(
      { encoding: 'utf-8', bytes: Buffer.from(variant, 'utf8') },
      { encoding: 'utf-16le', bytes: Buffer.from(variant, 'utf16le') },
      { encoding: 'utf-16be', bytes: utf16be(variant) },
    );
  }
  return forms;
}

/** Which of the texts the bytes contain, in any of their forms. */
export function textsIn(bytes: Buffer, texts: readonly string[], file = ''): Hit[] {
  const hits: Hit[] = [];
  for (const text of texts) {
    const found = encodedForms(text).find((form) => bytes.includes(form.bytes));
    if (found) hits.push({ file, text, encoding: found.encoding });
  }
  return hits;
}

/** Every file under a folder, every byte of it, searched for the texts. */
export function scanFolder(root: string, texts: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hits.push(...textsIn(readFileSync(path), texts, relative(root, path)));
    }
  };
  walk(root);
  return hits;
}

/** Every file under a folder, with its size: what a scan looked at. */
export function filesUnder(root: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else sizes[relative(root, path)] = readFileSync(path).length;
    }
  };
  walk(root);
  return sizes;
}
