import { latestMaillageVersion } from './maillage-schema.js';

/**
 * Upgrades of older `.maillage` files, one step each (from version n to n + 1). Version 1 is the
 * first released format, so the list is empty; when version 2 comes (e.g. with snapshots), its
 * step goes here — `{ from: 1, upgrade: (file) => ({ ...file, version: 2, snapshots: [] }) }` —
 * and a file of any earlier version is brought up to date on reading, never refused.
 */
export interface MaillageUpgrade {
  from: number;
  upgrade(file: Record<string, unknown>): Record<string, unknown>;
}

export const maillageUpgrades: readonly MaillageUpgrade[] = [];

export type UpgradeResult = { ok: true; file: Record<string, unknown> } | { ok: false; message: string };

export function upgradeMaillageFile(
  file: Record<string, unknown>,
  version: number,
  upgrades: readonly MaillageUpgrade[] = maillageUpgrades,
  latest: number = latestMaillageVersion,
): UpgradeResult {
  let current = file;
  for (let v = version; v < latest; v++) {
    const step = upgrades.find((u) => u.from === v);
    if (!step) {
      return {
        ok: false,
        message: `Ce fichier est au format ${version}, que cette version de Maillage ne sait pas lire. Rien n’a été importé.`,
      };
    }
    current = { ...step.upgrade(current), version: v + 1 };
  }
  return { ok: true, file: current };
}
