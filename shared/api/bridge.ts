import type { MethodName, MethodOutput, MethodParams } from './contract.js';
import type { Envelope } from './errors.js';
import type { CoreEvent } from './events.js';

/** Commands the native menu sends to the renderer. */
export const menuCommands = [
  'edit.undo',
  'edit.redo',
  'workshop.new',
  'workshop.list',
  'map.addActor',
  'map.commandBar',
  'map.layout',
  'map.find',
  'map.fitView',
  'map.zoomIn',
  'map.zoomOut',
  'map.delete',
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
};

export const ipcChannel = {
  invoke: (method: MethodName) => `maillage:${method}`,
  event: 'maillage:event',
  menu: 'maillage:menu',
} as const;
