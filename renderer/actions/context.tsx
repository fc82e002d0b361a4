import { createContext, type ReactNode, useContext, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { ActionName } from '../../shared/actions/catalog.js';
import type { ActionRegistry, ActionSource } from './registry.js';
import { isTypingTarget } from './typing-target.js';

const ActionsContext = createContext<ActionRegistry | null>(null);

export function ActionsProvider({ registry, children }: { registry: ActionRegistry; children: ReactNode }) {
  return <ActionsContext.Provider value={registry}>{children}</ActionsContext.Provider>;
}

export function useActions(): ActionRegistry {
  const registry = useContext(ActionsContext);
  if (!registry) throw new Error('useActions : aucun ActionsProvider au-dessus de ce composant.');
  return registry;
}

/**
 * Binds what this component does for an action while it is shown:
 * `useAction('map.layout', () => void arrange(), map.actors.length > 1)`.
 * The latest `perform` is always the one run; `applies` greys the rail's button and mutes the key.
 */
export function useAction(name: ActionName, perform: (source: ActionSource) => void, applies = true): void {
  const registry = useActions();
  const latest = useRef(perform);
  latest.current = perform;
  useEffect(
    () => registry.bind(name, { perform: (source) => latest.current(source), applies }),
    [registry, name, applies],
  );
}

/** Whether an action is bound and applies now (re-renders when that changes). */
export function useActionApplies(name: ActionName): boolean {
  return useStore(useActions().store, (state) => state.bound[name]?.applies ?? false);
}

/**
 * One key listener for the window: a key pressed outside text fields and dialogs runs the action
 * whose chord it is, if that action applies now.
 */
export function useActionKeys(registry: ActionRegistry): void {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const name = registry.actionForKey(event);
      if (!name) return;
      event.preventDefault();
      registry.run(name, 'key');
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [registry]);
}
