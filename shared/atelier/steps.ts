/**
 * The steps of a diagnostic partagé (design.md §2), in the order the room goes through them.
 * The facilitator may move freely between them; each one shows its question on the wall and
 * reveals the layers of the map the group has reached (a desired link means nothing to a room
 * that has not yet asked what is missing).
 */
export const stepIds = ['preparer', 'acteurs', 'cooperations', 'qualite', 'manques', 'pistes', 'synthese'] as const;
export type StepId = (typeof stepIds)[number];

/** What a step can reveal on the wall, beyond actors and existing links (always shown). */
export const layerIds = ['qualite', 'souhaites', 'pistes'] as const;
export type Layer = (typeof layerIds)[number];

interface StepDefinition {
  /** French title, for names the core writes (a version taken at a step change). */
  title: string;
  /** Minutes on the step's timer until the facilitator sets another duration. */
  minutes: number;
  /** The step from which each layer shows: quality from « Qualité », desired links from « Manques »… */
  reveals: readonly Layer[];
}

export const steps: Record<StepId, StepDefinition> = {
  preparer: { title: 'Préparer', minutes: 5, reveals: [] },
  acteurs: { title: 'Acteurs', minutes: 20, reveals: [] },
  cooperations: { title: 'Coopérations', minutes: 25, reveals: [] },
  qualite: { title: 'Qualité', minutes: 20, reveals: ['qualite'] },
  manques: { title: 'Manques', minutes: 20, reveals: ['souhaites'] },
  pistes: { title: 'Pistes d’action', minutes: 25, reveals: ['pistes'] },
  synthese: { title: 'Synthèse', minutes: 10, reveals: [] },
};

export function stepIndex(step: StepId): number {
  return stepIds.indexOf(step);
}

/** Every layer revealed by this step or an earlier one. */
export function layersAt(step: StepId): ReadonlySet<Layer> {
  return new Set(stepIds.slice(0, stepIndex(step) + 1).flatMap((id) => steps[id].reveals));
}
