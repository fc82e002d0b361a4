import type { WallView } from './wall-view-schema.js';

export type { WallView } from './wall-view-schema.js';

export const emptyWallView: WallView = { area: null, actors: [], links: [], notes: [], focus: null };
