import { create } from 'zustand';
import type { Dimmed } from '../../shared/domain/view-filter.js';

/**
 * The links and actors dimmed by the current filter, where the link labels (drawn in a layer of
 * their own, outside the link's element) can read whether they are dimmed, one boolean each.
 */
export const useDimmed = create<Dimmed>()(() => ({ actors: new Set(), links: new Set() }));
