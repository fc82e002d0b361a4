import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../../electron/core/export/write-file-atomic.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'maillage-atomic-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic, against a hostile local user', () => {
  it('never follows a symlink planted where the temporary file would go', async () => {
    const victim = join(dir, 'victime.txt');
    writeFileSync(victim, 'ne pas toucher');
    const target = join(dir, 'export.svg');
    // A hostile user who can guess the temporary name plants a link there: with the old
    // name (pid and clock), the write went through the link into the victim.
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    symlinkSync(victim, `${target}.${process.pid}-1700000000000.tmp`);

    await writeFileAtomic(target, 'la carte');

    expect(readFileSync(victim, 'utf8')).toBe('ne pas toucher');
    expect(readFileSync(target, 'utf8')).toBe('la carte');
  });

  it('refuses a temporary name that already exists (exclusive create) and tries another', async () => {
    const victim = join(dir, 'victime.txt');
    writeFileSync(victim, 'ne pas toucher');
    const target = join(dir, 'export.csv');
    const names = ['.export.csv.devine.tmp', '.export.csv.autre.tmp'];
    symlinkSync(victim, join(dir, names[0] ?? ''));
    let next = 0;

    await writeFileAtomic(target, 'a;b', { temporaryName: () => names[next++] ?? 'fin' });

    expect(next).toBe(2);
    expect(readFileSync(victim, 'utf8')).toBe('ne pas toucher');
    expect(readFileSync(target, 'utf8')).toBe('a;b');
    // The planted link is left as it was; the temporary file is gone.
    expect(readdirSync(dir).sort()).toEqual(['.export.csv.devine.tmp', 'export.csv', 'victime.txt']);
  });

  it('writes the temporary file in the target’s own folder, so the rename stays on one disk', async () => {
    const seen: string[] = [];
    const target = join(dir, 'synthese.html');
    await writeFileAtomic(target, '<p>x</p>', {
      temporaryName: () => {
        const name = '.synthese.html.x.tmp';
        seen.push(name);
        return name;
      },
    });
    expect(seen).toEqual(['.synthese.html.x.tmp']);
    expect(readdirSync(dir)).toEqual(['synthese.html']);
  });

  it('replaces a symlink at the target itself instead of writing through it', async () => {
    const victim = join(dir, 'victime.txt');
    writeFileSync(victim, 'ne pas toucher');
    const target = join(dir, 'export.svg');
    symlinkSync(victim, target);
    await writeFileAtomic(target, 'nouveau');
    expect(readFileSync(victim, 'utf8')).toBe('ne pas toucher');
    expect(readFileSync(target, 'utf8')).toBe('nouveau');
  });
});
