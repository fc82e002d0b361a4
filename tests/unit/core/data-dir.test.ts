import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileName, defaultDataDir, productName } from '../../../electron/core/data-dir.js';

describe('defaultDataDir (the folder Electron’s userData gives, computed without Electron)', () => {
  it('is %APPDATA%\\Maillage on Windows', () => {
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\lea\\AppData\\Roaming', USERPROFILE: 'C:\\Users\\lea' }, 'win32'),
    ).toBe(join('C:\\Users\\lea\\AppData\\Roaming', 'Maillage'));
  });

  it('falls back to <profile>/AppData/Roaming on Windows when APPDATA is missing', () => {
    expect(defaultDataDir({ USERPROFILE: 'C:\\Users\\lea' }, 'win32')).toBe(
      join('C:\\Users\\lea', 'AppData', 'Roaming', 'Maillage'),
    );
  });

  it('is ~/Library/Application Support/Maillage on macOS', () => {
    expect(defaultDataDir({ HOME: '/Users/lea' }, 'darwin')).toBe(
      join('/Users/lea', 'Library', 'Application Support', 'Maillage'),
    );
  });

  it('is $XDG_CONFIG_HOME/Maillage on Linux, or ~/.config/Maillage when it is unset or empty', () => {
    expect(defaultDataDir({ HOME: '/home/lea', XDG_CONFIG_HOME: '/home/lea/cfg' }, 'linux')).toBe(
      join('/home/lea/cfg', 'Maillage'),
    );
    expect(defaultDataDir({ HOME: '/home/lea' }, 'linux')).toBe(join('/home/lea', '.config', 'Maillage'));
    expect(defaultDataDir({ HOME: '/home/lea', XDG_CONFIG_HOME: '' }, 'linux')).toBe(
      join('/home/lea', '.config', 'Maillage'),
    );
  });

  it('uses the system’s home folder when the environment names none', () => {
    expect(defaultDataDir({}, 'linux')).toBe(join(homedir(), '.config', 'Maillage'));
  });

  it('names the folder after the product, as Electron does, and the database maillage.sqlite', () => {
    expect(productName).toBe('Maillage');
    expect(databaseFileName).toBe('maillage.sqlite');
  });
});
