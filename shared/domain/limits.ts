/** Sizes past which input is refused with a message rather than stored. */
export const limits = {
  label: 200,
  /** An actor's short name (sigle) for the wall: a few words at most. */
  shortLabel: 40,
  shortText: 300,
  longText: 5000,
  coordinate: 1_000_000,
  actorsPerWorkshop: 5000,
  linksPerWorkshop: 20000,
  opsPerBatch: 5000,
  participants: 200,
  noteText: 2000,
  notesPerWorkshop: 5000,
  zonesPerWorkshop: 200,
  zoneSize: 100_000,
  /** Saved views per workshop: one key shows each, and a room follows a handful. */
  savedViews: 30,
} as const;
