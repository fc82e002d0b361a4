import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../shared/api/bridge.js';

const eventName = 'maillage:commande';

/** Native menus and keyboard shortcuts both end here, so each action has one implementation. */
export function runCommand(command: MenuCommand): void {
  window.dispatchEvent(new CustomEvent<MenuCommand>(eventName, { detail: command }));
}

export function useCommands(handler: (command: MenuCommand) => void): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    const listener = (event: Event) => latest.current((event as CustomEvent<MenuCommand>).detail);
    window.addEventListener(eventName, listener);
    return () => window.removeEventListener(eventName, listener);
  }, []);
}

/** True when a key press belongs to a text field or an open dialog rather than to the canvas. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open], [role="dialog"]')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
