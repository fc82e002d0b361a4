import { participantsWithPresentActors } from '../domain/participants.js';
import { latestMaillageVersion } from './maillage-schema.js';

/**
 * Upgrades of older `.maillage` files, one step each (from version n to n + 1): a file of any
 * earlier version is brought up to date on reading, never refused. Steps work on the file as it
 * was read (not yet checked): what they do not recognise they leave for the schema to refuse.
 */
export interface MaillageUpgrade {
  from: number;
  upgrade(file: Record<string, unknown>): Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * 1 → 2: the actors marked `present` become participants who speak for them (name not noted),
 * unless a participant already does; `present` leaves the actors.
 */
function presentToParticipants(file: Record<string, unknown>): Record<string, unknown> {
  const { workshop, map } = file;
  if (!isRecord(workshop) || !isRecord(map) || !Array.isArray(map.actors)) return file;
  const listed: unknown = workshop.participants;
  if (!Array.isArray(listed) || !listed.every(isRecord)) return file;
  const named = map.actors
    .filter(isRecord)
    .filter((a) => typeof a.id === 'string' && typeof a.label === 'string')
    .map((a) => ({
      id: a.id as string,
      label: a.label as string,
      ...(typeof a.shortLabel === 'string' ? { shortLabel: a.shortLabel } : {}),
      present: a.present,
    }));
  // Version-1 participants are name, structure and role: the structure names the actor.
  const added = participantsWithPresentActors(
    listed.map((p) => ({
      name: String(p.name ?? ''),
      structure: String(p.structure ?? ''),
      role: String(p.role ?? ''),
    })),
    named,
  ).slice(listed.length);
  return {
    ...file,
    workshop: { ...workshop, participants: [...listed, ...added] },
    map: { ...map, actors: map.actors.map((a) => (isRecord(a) ? withoutPresent(a) : a)) },
  };
}

function withoutPresent(actor: Record<string, unknown>): Record<string, unknown> {
  const { present: _dropped, ...rest } = actor;
  return rest;
}

export const maillageUpgrades: readonly MaillageUpgrade[] = [{ from: 1, upgrade: presentToParticipants }];

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
