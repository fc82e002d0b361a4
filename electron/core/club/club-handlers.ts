import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { clubDigest } from '../../../shared/club/club-digest.js';
import { byTerritory, clubFigures, territoryName, withinDates } from '../../../shared/club/club-figures.js';
import type { DateRange } from '../../../shared/club/club-model.js';
import { cooperationAcross, mostMissing } from '../../../shared/club/club-questions.js';
import { practicesOf, searchPractices } from '../../../shared/club/practices.js';
import { trajectories } from '../../../shared/club/trajectory.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { Workshop } from '../../../shared/domain/model.js';
import { mapOpSchema } from '../../../shared/domain/operations.js';
import { readMaillageFile } from '../../../shared/exchange/maillage-read.js';
import { opsDrawing } from '../../../shared/exchange/map-ops.js';
import type { EventHub } from '../event-hub.js';
import type { PdfPrinter } from '../export/pdf.js';
import type { MapService } from '../map/map-service.js';
import type { ErasureService } from '../privacy/erasure-service.js';
import { SeriesStore } from '../series/series-store.js';
import { clubDigestToDocx, clubDigestToHtml, clubFiguresCsv } from './club-documents.js';
import { markClubOnly, readClubWorkshops } from './club-store.js';

type ClubMethod =
  | 'club.overview'
  | 'club.cooperation'
  | 'club.missing'
  | 'club.practices'
  | 'club.importMaillage'
  | 'club.remove'
  | 'club.export'
  | 'club.trajectories';
export type ClubHandlers = {
  [M in ClubMethod & MethodName]: (
    input: MethodInput<M>,
  ) => M extends 'club.export' ? Promise<MethodOutput<M>> : MethodOutput<M>;
};

export interface ClubDeps {
  db: Database;
  maps: MapService;
  events: EventHub;
  printPdf: PdfPrinter;
  now: () => string;
  newId?: () => string;
  /** A colleague's file removed from the Club is erased like a deleted workshop, with the same undo. */
  erasure: Pick<ErasureService, 'request'>;
}

const mime = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv',
} as const;

const rangeOf = (input: DateRange): DateRange => ({
  ...(input.from ? { from: input.from } : {}),
  ...(input.to ? { to: input.to } : {}),
});

/**
 * The Club des cités éducatives: every workshop of this machine, and those received from
 * colleagues (read-only), compared on the same figures; questions across territories; the
 * library of pratiques inspirantes; the digest. The aggregation is pure (shared/club).
 */
export function createClubHandlers(deps: ClubDeps): ClubHandlers {
  const { db, maps, events } = deps;
  const newId = deps.newId ?? randomUUID;
  const workshopsIn = (input: DateRange) => withinDates(readClubWorkshops(db, maps), rangeOf(input));
  const series = new SeriesStore(db);
  const trajectoriesIn = (input: DateRange) =>
    trajectories(workshopsIn(input), (later, earlier) => series.decisions(later, earlier));

  return {
    'club.overview': (input) => {
      const all = readClubWorkshops(db, maps);
      return { ...clubFigures(all, rangeOf(input)), total: all.length };
    },
    'club.cooperation': (input) => cooperationAcross(workshopsIn(input), input.a, input.b),
    'club.missing': (input) => mostMissing(workshopsIn(input), input.by),
    'club.practices': (input) => {
      const workshops = workshopsIn(input);
      const all = practicesOf(workshops);
      const tags = new Map<string, string>();
      for (const p of all) for (const t of p.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
      return {
        practices: searchPractices(all, input),
        total: all.length,
        tags: [...tags.values()].sort((a, b) => a.localeCompare(b, 'fr')),
        territories: workshops
          .sort(byTerritory)
          .map((w) => ({ workshopId: w.id, territory: territoryName(w), date: w.date })),
      };
    },
    'club.importMaillage': ({ text }) => {
      const read = readMaillageFile(text);
      if (!read.ok) throw new ApiError({ code: 'validation', message: read.message });
      const { codebook, ...fields } = read.file.workshop;
      const at = deps.now();
      const workshop: Workshop = { ...fields, id: newId(), codebook: defaultCodebook(), createdAt: at, updatedAt: at };
      const ops = opsDrawing({ ...read.file.map, codebook }).map((op) => mapOpSchema.parse(op));
      // The workshop and its mark in one transaction: never a received file left editable.
      try {
        db.transaction(() => {
          maps.create(workshop, ops);
          markClubOnly(db, workshop.id);
        })();
      } catch (error) {
        maps.forget(workshop.id);
        throw error;
      }
      events.publish({ type: 'workshops.changed' });
      return { workshopId: workshop.id, title: workshop.title, territory: territoryName(workshop) };
    },
    'club.remove': ({ id }) => {
      const eraseAt = deps.erasure.request(id, 'club');
      if (!eraseAt) {
        throw new ApiError({
          code: 'not_found',
          message:
            'Cet atelier n’est pas un fichier reçu pour le Club : il se supprime depuis la liste des ateliers. Rien n’a été supprimé.',
        });
      }
      events.publish({ type: 'workshops.changed' });
      return { removed: true, eraseAt };
    },
    'club.trajectories': (input) => trajectoriesIn(input),
    'club.export': async (input) => {
      const range = rangeOf(input);
      const workshops = workshopsIn(input);
      const digest = clubDigest({
        figures: clubFigures(workshops),
        missing: mostMissing(workshops, 'type'),
        practices: practicesOf(workshops),
        trajectories: trajectoriesIn(input),
        range,
        generatedAt: deps.now(),
      });
      const stem = `club-des-cites-educatives-${deps.now().slice(0, 10)}`;
      const bytes =
        input.format === 'docx'
          ? await clubDigestToDocx(digest)
          : input.format === 'pdf'
            ? await deps.printPdf(clubDigestToHtml(digest))
            : Buffer.from(clubFiguresCsv(digest), 'utf8');
      return {
        fileName: `${stem}${input.format === 'csv' ? '-chiffres' : ''}.${input.format}`,
        mimeType: mime[input.format],
        base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      };
    },
  };
}
