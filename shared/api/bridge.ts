import type { MethodName, MethodOutput, MethodParams } from './contract.js';
import type { Envelope } from './errors.js';
import type { CoreEvent } from './events.js';
import type { ExportedFile, SavedFile } from './export-formats.js';

/** Where the projector window opened: fullscreen on another display, or a window beside the editor. */
export interface ProjectorOpened {
  display: 'second' | 'same';
}

/** Commands the native menu sends to the renderer. */
export const menuCommands = [
  'edit.undo',
  'edit.redo',
  'workshop.new',
  'workshop.list',
  'map.addActor',
  'map.addNote',
  'map.addZone',
  'map.notesList',
  'map.codebook',
  'map.commandBar',
  'map.layout',
  'map.find',
  'map.fitView',
  'map.zoomIn',
  'map.zoomOut',
  'map.delete',
  'map.duplicate',
  'language.fr',
  'language.en',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** What the Electron preload exposes on window.maillage: one named function per method. */
export type MaillageBridge = {
  readonly [M in MethodName]: (input: MethodParams<M>) => Promise<Envelope<MethodOutput<M>>>;
} & {
  readonly onEvent: (listener: (event: CoreEvent) => void) => () => void;
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
  /** Desktop only: asks where to save an exported file (native dialog) and writes it. */
  readonly saveFile: (file: ExportedFile) => Promise<Envelope<SavedFile>>;
  /** Desktop only: opens the projector window of a workshop (on the second display when there is one). */
  readonly openProjector: (input: { workshopId: string }) => Promise<Envelope<ProjectorOpened>>;
  /**
   * Desktop only: how many edits of this window the core has not yet answered. The window's
   * close waits for 0 (electron/main/close-guard.ts), then asks what to do with the rest.
   */
  readonly reportUnsaved: (count: number) => void;
};

export const ipcChannel = {
  invoke: (method: MethodName) => `maillage:${method}`,
  event: 'maillage:event',
  menu: 'maillage:menu',
  saveFile: 'maillage:save-file',
  openProjector: 'maillage:open-projector',
  unsaved: 'maillage:unsaved',
} as const;
