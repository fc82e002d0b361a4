import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract.js';
import { ApiError } from '../../../shared/api/errors.js';
import { defaultCodebook } from '../../../shared/domain/codebook.js';
import type { Workshop, WorkshopFields } from '../../../shared/domain/model.js';
import { type MapOp, mapOpSchema } from '../../../shared/domain/operations.js';
import { participantsFromCsv } from '../../../shared/exchange/csv/participant-rows.js';
import { analyseCsvImport, type CsvAnalysis, planCsvImport, previewOf } from '../../../shared/exchange/csv-import.js';
import { type CsvImportInput, textOfCsvFile, titleFromFileName } from '../../../shared/exchange/import-input.js';
import { readMaillageFile } from '../../../shared/exchange/maillage-read.js';
import { maillageExtension } from '../../../shared/exchange/maillage-schema.js';
import { writeMaillageFile } from '../../../shared/exchange/maillage-write.js';
import { opsDrawing } from '../../../shared/exchange/map-ops.js';
import type { EventHub } from '../event-hub.js';
import { fileStem } from '../export/file-name.js';
import type { MapService } from '../map/map-service.js';
import { appVersion } from '../version.js';

type ExchangeMethod = 'import.preview' | 'import.commit' | 'import.maillage' | 'workshop.exportMaillage';
export type ExchangeHandlers = { [M in ExchangeMethod & MethodName]: (input: MethodInput<M>) => MethodOutput<M> };

export interface ExchangeDeps {
  maps: MapService;
  events: EventHub;
  now: () => string;
  newId?: () => string;
}

function refused(message: string): ApiError {
  return new ApiError({ code: 'validation', message });
}

const opsSchema = z.array(mapOpSchema);

/**
 * Imports (CSV of actors and links, `.maillage` files) and the `.maillage` export. Every import
 * makes a NEW workshop: the file is read and checked by the pure functions of shared/exchange,
 * turned into map operations, validated with the same schema as `map.apply`, folded by the
 * shared applyOp, and written in one transaction — or nothing is written.
 */
export function createExchangeHandlers(deps: ExchangeDeps): ExchangeHandlers {
  const newId = deps.newId ?? randomUUID;

  function analyse(input: CsvImportInput): CsvAnalysis {
    const actors = textOfCsvFile(input.actors);
    if (!actors.ok) throw refused(`Fichier des acteurs\u00a0: ${actors.message} Rien n’a été importé.`);
    const links = input.links ? textOfCsvFile(input.links) : null;
    if (links && !links.ok) throw refused(`Fichier des liens\u00a0: ${links.message} Rien n’a été importé.`);
    const title = input.title || titleFromFileName(input.actors.name);
    return analyseCsvImport(actors, links?.ok ? links : null, title);
  }

  /** The participants' file as text, refused in French when it cannot be read as one. */
  function participantsText(input: CsvImportInput): string | undefined {
    if (!input.participants) return undefined;
    const decoded = textOfCsvFile(input.participants);
    if (!decoded.ok) throw refused(`Fichier des participants\u00a0: ${decoded.message} Rien n’a été importé.`);
    return decoded.text;
  }

  function createWorkshop(fields: WorkshopFields, ops: readonly MapOp[]): Workshop {
    const at = deps.now();
    const workshop: Workshop = { ...fields, id: newId(), codebook: defaultCodebook(), createdAt: at, updatedAt: at };
    const opened = deps.maps.create(workshop, opsSchema.parse(ops));
    deps.events.publish({ type: 'workshops.changed' });
    return opened.workshop;
  }

  return {
    'import.preview': (input) => {
      // A participants' file that cannot be read is said at the preview, not only at « Importer ».
      const participants = participantsText(input);
      const listed = participants === undefined ? null : participantsFromCsv(participants, []);
      if (listed && !listed.ok) throw refused(`Fichier des participants\u00a0: ${listed.message}`);
      return previewOf(analyse(input));
    },
    'import.commit': (input) => {
      const planned = planCsvImport(analyse(input), input.mappings, participantsText(input));
      if (!planned.ok) throw refused(planned.message);
      const { plan } = planned;
      return createWorkshop(
        { title: plan.title, territory: '', date: '', facilitator: '', objective: '', participants: plan.participants },
        plan.ops,
      );
    },
    'import.maillage': ({ text }) => {
      const read = readMaillageFile(text);
      if (!read.ok) throw refused(read.message);
      const { codebook, ...fields } = read.file.workshop;
      return createWorkshop(fields, opsDrawing({ ...read.file.map, codebook }));
    },
    'workshop.exportMaillage': ({ id }) => {
      const { workshop, map } = deps.maps.get(id);
      return {
        // Named as workshop.export names its files, which gives the same text as a file (base64).
        fileName: `${fileStem(workshop.title)}${maillageExtension}`,
        text: writeMaillageFile(workshop, map, { appVersion, exportedAt: deps.now() }),
      };
    },
  };
}
