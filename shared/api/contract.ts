import { z } from 'zod';
import type { Facilitation } from '../atelier/facilitation.js';
import { facilitationActionSchema } from '../atelier/facilitation-schema.js';
import { wallViewSchema } from '../atelier/wall-view-schema.js';
import {
  type ClubOverview,
  type ClubPractices,
  type CooperationAnswer,
  clubCooperationInput,
  clubExportInput,
  clubMissingInput,
  clubPracticesInput,
  dateRangeSchema,
  type MissingCooperation,
} from '../club/club-api.js';
import type { Trajectory } from '../club/trajectory.js';
import { limits } from '../domain/limits.js';
import type { MapState, Workshop, WorkshopSummary } from '../domain/model.js';
import { entityId, workshopFieldsSchema } from '../domain/model-schema.js';
import { mapOpSchema } from '../domain/operations.js';
import type { ImportPreview } from '../exchange/csv-import.js';
import { csvCommitInputSchema, csvImportInputSchema } from '../exchange/import-input.js';
import { maillageImportInputSchema } from '../exchange/maillage-read.js';
import {
  type PersonErased,
  type PersonFindings,
  type PrivacyOverview,
  retentionChoices,
} from '../privacy/privacy-api.js';
import type { RoomInterface, RoomState, RoomStatus, VoteRound } from '../salle/room.js';
import { roomOpenInput, roomSettleInput, roomVoteAction } from '../salle/room-schema.js';
import type { PairDecision } from '../series/actor-matching.js';
import type { SeriesProposal } from '../series/series.js';
import { seriesDecideInput, seriesPairInput, seriesSetInput } from '../series/series-schema.js';
import { type Snapshot, type SnapshotSummary, snapshotName } from '../versions/snapshot.js';
import { type BackupRestored, type BackupSummary, backupId } from './backups.js';
import { type ExportedFile, exportFormats } from './export-formats.js';
import { isMethodName, type MethodName, methodNames } from './method-names.js';

/** A method of the API: the schema of its input, and (as a type only) its output. */
interface Method<I extends z.ZodType, O> {
  input: I;
  /** Never read at run time: carries the output type. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): Method<I, O> => ({ input });
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  /** Messages the facilitator must read once, e.g. a damaged database moved aside at start. */
  notices: StartupNotice[];
  /** True when the database comes from a newer Maillage: everything can be read, nothing written. */
  readOnly: boolean;
  /** How long a deleted workshop can still be brought back (« Annuler ») before it is erased. */
  undoWindowMs: number;
}

export interface StartupNotice {
  kind: 'database-moved-aside' | 'database-read-only';
  /** A French sentence saying what happened and what to do. */
  message: string;
  path: string;
}

export interface OpenedMap {
  workshop: Workshop;
  map: MapState;
  revision: number;
}

const byId = z.strictObject({ id: entityId });
const personText = z.strictObject({
  text: z
    .string()
    .trim()
    .min(2, { error: 'Tapez au moins deux lettres du nom à chercher.' })
    .max(limits.label, { error: `Le texte cherché est trop long (${limits.label} caractères au plus).` }),
});

/** Every method of Maillage's API, declared once for the core and both transports. */
export const contract = {
  'app.info': method<AppInfo>()(z.strictObject({})),
  'workshop.list': method<WorkshopSummary[]>()(z.strictObject({})),
  'workshop.create': method<Workshop>()(
    workshopFieldsSchema.partial({
      objective: true,
      participants: true,
      territory: true,
      date: true,
      facilitator: true,
    }),
  ),
  'workshop.update': method<Workshop>()(
    z.strictObject({
      id: entityId,
      patch: workshopFieldsSchema.partial().refine((p) => Object.values(p).some((value) => value !== undefined), {
        error: 'Modification vide : rien à changer.',
      }),
    }),
  ),
  'workshop.duplicate': method<Workshop>()(byId),
  /**
   * Hides the workshop at once and erases it (database and every backup) once the undo window
   * has passed; `eraseAt` says when. Until then, workshop.undoDelete brings it back.
   */
  'workshop.delete': method<{ deleted: true; eraseAt: string }>()(byId),
  /** « Annuler » after a deletion, while nothing has been erased yet (own workshops and the Club's). */
  'workshop.undoDelete': method<{ restored: true }>()(byId),
  'map.get': method<OpenedMap>()(z.strictObject({ workshopId: entityId })),
  'map.apply': method<{ revision: number }>()(
    z.strictObject({
      workshopId: entityId,
      ops: z.array(mapOpSchema).min(1).max(limits.opsPerBatch),
      /** Which view sent the ops, so that it can ignore its own echo. */
      origin: z.string().max(64),
      /** The batch's id in its view: a batch sent again is applied once. */
      batchId: z.string().min(1).max(100).optional(),
      /** The revision the view showed when the ops were made (twins added elsewhere since are refused). */
      base: z.number().int().min(0).optional(),
    }),
  ),
  'backup.list': method<BackupSummary[]>()(z.strictObject({})),
  'backup.restore': method<BackupRestored>()(z.strictObject({ id: backupId })),
  /** What a CSV import would create; writes nothing. */
  'import.preview': method<ImportPreview>()(csvImportInputSchema),
  /** The same input and the person's choices for unknown words: a new workshop, or nothing. */
  'import.commit': method<Workshop>()(csvCommitInputSchema),
  /** A `.maillage` file imported as a new workshop. */
  'import.maillage': method<Workshop>()(maillageImportInputSchema),
  'workshop.exportMaillage': method<{ fileName: string; text: string }>()(byId),
  /** The summary, the map picture or a data file of one workshop; slow formats (PDF) take a few seconds. */
  'workshop.export': method<ExportedFile>()(
    z.strictObject({
      workshopId: entityId,
      format: z.enum(exportFormats, { error: 'Format d’export inconnu.' }),
      /** For sharing (Club, research, publication): people's names, contacts and remarks removed. */
      anonymise: z.boolean().optional(),
    }),
  ),
  /** The workshop's step, questions, timers and wall mode (renderer/etapes, renderer/projecteur). */
  'facilitation.get': method<Facilitation>()(z.strictObject({ workshopId: entityId })),
  /** One action of the facilitator; a step change also takes a version of the map. */
  'facilitation.act': method<Facilitation>()(
    z.strictObject({ workshopId: entityId, action: facilitationActionSchema }),
  ),
  /** Passes the facilitator's viewport and selection on to the wall; writes nothing. */
  'projection.show': method<{ shown: true }>()(
    z.strictObject({ workshopId: entityId, view: wallViewSchema, origin: z.string().max(64) }),
  ),
  'snapshot.list': method<SnapshotSummary[]>()(z.strictObject({ workshopId: entityId })),
  'snapshot.take': method<SnapshotSummary>()(z.strictObject({ workshopId: entityId, name: snapshotName })),
  'snapshot.get': method<Snapshot>()(z.strictObject({ workshopId: entityId, id: entityId })),
  'snapshot.rename': method<SnapshotSummary>()(
    z.strictObject({ workshopId: entityId, id: entityId, name: snapshotName }),
  ),
  'snapshot.delete': method<{ deleted: true }>()(z.strictObject({ workshopId: entityId, id: entityId })),
  /** The Club des cités éducatives (electron/core/club): key figures of every territory side by side. */
  'club.overview': method<ClubOverview>()(dateRangeSchema),
  /** In how many territories actors of group A cooperate with actors of group B. */
  'club.cooperation': method<CooperationAnswer>()(clubCooperationInput),
  /** Desired links grouped by pair of types (or categories), most often missing first. */
  'club.missing': method<MissingCooperation[]>()(clubMissingInput),
  /** The library of pratiques inspirantes, searched with accents folded. */
  'club.practices': method<ClubPractices>()(clubPracticesInput),
  /** A colleague's `.maillage` file, kept read-only for the Club. */
  'club.importMaillage': method<{ workshopId: string; title: string; territory: string }>()(maillageImportInputSchema),
  /** Removes a workshop received for the Club (and only such a one), erased like a deleted workshop. */
  'club.remove': method<{ removed: true; eraseAt: string }>()(byId),
  /** The Club's digest (DOCX, PDF) or its figures (CSV). */
  'club.export': method<ExportedFile>()(clubExportInput),
  /** Each territory's workshops over time (T0, T1…), each compared with its first diagnostic. */
  'club.trajectories': method<Trajectory[]>()(dateRangeSchema),
  /** A territory followed over time (shared/series): the workshop's series, confirmed or proposed. */
  'series.get': method<SeriesProposal>()(z.strictObject({ workshopId: entityId })),
  /** Confirms (or edits) the series: exactly these workshops, under this name. */
  'series.set': method<SeriesProposal>()(seriesSetInput),
  'series.leave': method<SeriesProposal>()(z.strictObject({ workshopId: entityId })),
  /** The facilitator's answers about pairs of actors between two workshops of a series. */
  'series.decisions': method<PairDecision[]>()(seriesPairInput),
  'series.decide': method<PairDecision[]>()(seriesDecideInput),
  /** The room (participants' phones): the computer's connections it may listen on, likeliest first. */
  'room.interfaces': method<RoomInterface[]>()(z.strictObject({})),
  /** Starts the room listener for one workshop on one of those addresses; a new secret and short code. */
  'room.open': method<RoomStatus>()(roomOpenInput),
  /** Revokes every phone and stops the listener. Proposals not yet settled stay in the list. */
  'room.close': method<{ closed: true }>()(z.strictObject({ workshopId: entityId })),
  /** The moderation list: proposals waiting, the vote, how many people contributed. */
  'room.state': method<RoomState>()(z.strictObject({ workshopId: entityId })),
  /** Marks a proposal accepted, merged or refused (once); the editor applies what it accepts. */
  'room.settle': method<{ settled: true }>()(roomSettleInput),
  /** Opens, closes, counts (once) or cancels the vote with gommettes. */
  'room.vote': method<VoteRound>()(z.strictObject({ workshopId: entityId, action: roomVoteAction })),
  /** Draws a new short code (after too many wrong ones withdrew it). */
  'room.newCode': method<RoomStatus>()(z.strictObject({ workshopId: entityId })),
  /** The open room without the proposals: what the wall needs to show how to join. */
  'room.status': method<{ status: RoomStatus | null }>()(z.strictObject({ workshopId: entityId })),
  /** Shows or takes off the wall the way to join (QR code, short code, address). */
  'room.onWall': method<RoomStatus>()(z.strictObject({ workshopId: entityId, shown: z.boolean() })),
  /** The privacy notice (« Données personnelles »): the data folder as it is, the retention review. */
  'privacy.overview': method<PrivacyOverview>()(z.strictObject({})),
  /** Deletes a damaged database Maillage moved aside (by its name in the data folder, never a path). */
  'privacy.removeDamaged': method<{ removed: true }>()(z.strictObject({ name: z.string().min(1).max(120) })),
  'privacy.setRetention': method<{ retentionMonths: number | null }>()(
    z.strictObject({ months: z.union([z.literal(retentionChoices), z.null()]) }),
  ),
  /** « Garder » in the retention review: listed again once the duration passes anew. */
  'privacy.keepWorkshop': method<{ kept: true }>()(byId),
  /** Where a person is named, workshop by workshop; with exportPerson and erasePerson, a person's rights. */
  'privacy.findPerson': method<PersonFindings>()(personText),
  'privacy.exportPerson': method<ExportedFile>()(personText),
  /** Replaces the person everywhere (workshops, versions, backups): « Personne effacée ». */
  'privacy.erasePerson': method<PersonErased>()(personText),
} as const satisfies { [M in MethodName]: Method<z.ZodType, unknown> };

/** Compile error here = a method listed in method-names.ts has no schema, or the reverse. */
type SameNames<A extends B, B> = A;
export type ContractCoversEveryMethod = SameNames<keyof typeof contract, MethodName>;

export type Contract = typeof contract;
export type { MethodName };
export type MethodInput<M extends MethodName> = z.output<Contract[M]['input']>;
/** What a caller may send: before defaults and trimming are applied. */
export type MethodParams<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;

export { isMethodName, methodNames };
