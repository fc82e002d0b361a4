/**
 * The names of the API methods, apart from their zod schemas: the sandboxed preload needs the
 * list but may load nothing but 'electron', so it must not pull zod in. contract.ts declares a
 * schema for exactly these names (checked when it compiles).
 */
export const methodNames = [
  'app.info',
  'workshop.list',
  'workshop.create',
  'workshop.update',
  'workshop.duplicate',
  'workshop.delete',
  'workshop.undoDelete',
  'map.get',
  'map.apply',
  'import.preview',
  'import.commit',
  'import.maillage',
  'workshop.exportMaillage',
  'workshop.export',
  'backup.list',
  'backup.restore',
  'facilitation.get',
  'facilitation.act',
  'projection.show',
  'snapshot.list',
  'snapshot.take',
  'snapshot.get',
  'snapshot.rename',
  'snapshot.delete',
  'club.overview',
  'club.cooperation',
  'club.missing',
  'club.practices',
  'club.importMaillage',
  'club.remove',
  'club.export',
  'privacy.overview',
  'privacy.removeDamaged',
  'privacy.setRetention',
  'privacy.keepWorkshop',
  'privacy.findPerson',
  'privacy.exportPerson',
  'privacy.erasePerson',
  'club.trajectories',
  'series.get',
  'series.set',
  'series.leave',
  'series.decisions',
  'series.decide',
  'room.interfaces',
  'room.open',
  'room.close',
  'room.state',
  'room.settle',
  'room.vote',
  'room.newCode',
  'room.status',
  'room.onWall',
] as const;

export type MethodName = (typeof methodNames)[number];

/** Methods whose handler returns a promise (slow work: exports); the others answer at once. */
export const asyncMethodNames = [
  'workshop.export',
  'club.export',
  'room.open',
] as const satisfies readonly MethodName[];
export type AsyncMethodName = (typeof asyncMethodNames)[number];

export function isMethodName(name: string): name is MethodName {
  return (methodNames as readonly string[]).includes(name);
}
