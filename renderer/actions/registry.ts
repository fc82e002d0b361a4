import { createStore, type StoreApi } from 'zustand';
import { type ActionName, actionNames, chordsOf, type KeyPlace } from '../../shared/actions/catalog.js';
import { type Chord, type KeyPress, matchesChord } from '../../shared/actions/chords.js';

/** Where an action was asked for: a key, the desktop menu, a rail button, the command bar. */
export type ActionSource = 'key' | 'menu' | 'rail' | 'palette';

/** What a component that can do an action gives the registry while it is shown. */
export interface ActionBinding {
  perform(source: ActionSource): void;
  /** Whether it applies now (something to undo, a selection to delete…): else it does nothing. */
  applies: boolean;
}

export interface RegistryState {
  bound: Partial<Record<ActionName, ActionBinding>>;
}

/**
 * The window's actions, as Excalidraw's action manager: the catalog (`shared/actions/catalog.ts`)
 * says each action's name, label and keys; the component that can do it binds what it does and
 * whether it applies now while it is shown (`useAction`). Keys, the desktop menu, the tool rail
 * and the command bar all run actions here — no window events, no switch per component.
 */
export interface ActionRegistry {
  readonly store: StoreApi<RegistryState>;
  /** Binds an action; returns what unbinds it (only if it is still this binding). */
  bind(name: ActionName, binding: ActionBinding): () => void;
  /** Runs an action if it is bound and applies now; says whether it ran. */
  run(name: ActionName, source: ActionSource): boolean;
  /** The action a key press asks for, if one is bound and applies now. */
  actionForKey(press: KeyPress): ActionName | undefined;
}

export function createActionRegistry(place: KeyPlace = { mac: false, desktop: false }): ActionRegistry {
  const store = createStore<RegistryState>()(() => ({ bound: {} }));
  // Parsed once: a key press is checked against every action's chords.
  const chords: [ActionName, Chord[]][] = actionNames.map((name) => [name, chordsOf(name, place)]);
  const bound = (name: ActionName) => store.getState().bound[name];
  return {
    store,
    bind(name, binding) {
      store.setState((state) => ({ bound: { ...state.bound, [name]: binding } }));
      return () => {
        if (bound(name) !== binding) return;
        store.setState((state) => {
          const { [name]: _gone, ...rest } = state.bound;
          return { bound: rest };
        });
      };
    },
    run(name, source) {
      const binding = bound(name);
      if (!binding?.applies) return false;
      binding.perform(source);
      return true;
    },
    actionForKey(press) {
      for (const [name, list] of chords) {
        if (bound(name)?.applies && list.some((chord) => matchesChord(chord, press))) return name;
      }
      return undefined;
    },
  };
}
