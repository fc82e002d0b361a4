import { useEffect, useRef } from 'react';
import { copyFragment, type Fragment, fragmentMime, pasteOps } from '../../shared/domain/clipboard.js';
import { deletionOf } from '../../shared/domain/deletion.js';
import type { MapState } from '../../shared/domain/model.js';
import { useAction } from '../actions/context.js';
import { isTypingTarget } from '../actions/typing-target.js';
import { fastT } from '../i18n/fast-t.js';
import { useCarteStore } from './carte-context.js';
import type { CarteStore } from './carte-store.js';

const pasteOffset = { x: 40, y: 40 };

/** Pastes with new ids, a little lower and to the right, and selects what was pasted. */
function paste(carte: CarteStore, map: MapState, select: (actorIds: string[]) => void, fragment: Fragment): void {
  const { ops, actorIds } = pasteOps(fragment, map, () => crypto.randomUUID(), pasteOffset);
  if (ops.length === 0) return;
  carte.getState().apply(ops);
  window.requestAnimationFrame(() => select(actorIds));
}

interface Selected {
  actorIds: string[];
  noteIds: string[];
}

/**
 * Copy, cut, paste and duplicate of actors (with the links between them and their notes), through
 * the system clipboard's copy/paste events: they work the same from the keyboard, the browser
 * and the desktop app's Édition menu, and between two windows. Text fields keep their own.
 */
export function useClipboard(map: MapState, selected: () => Selected, select: (actorIds: string[]) => void): void {
  const carte = useCarteStore();
  const latest = useRef({ map, selected, select });
  latest.current = { map, selected, select };

  const chosen = selected();
  useAction(
    'map.duplicate',
    () => {
      const { map: current, selected: which, select } = latest.current;
      const { actorIds, noteIds } = which();
      paste(carte, current, select, copyFragment(current, actorIds, noteIds));
    },
    chosen.actorIds.length + chosen.noteIds.length > 0,
  );

  useEffect(() => {
    function copy(event: ClipboardEvent, cut: boolean): void {
      if (isTypingTarget(document.activeElement) || !event.clipboardData) return;
      const { map: current, selected: which } = latest.current;
      const { actorIds, noteIds } = which();
      if (actorIds.length + noteIds.length === 0) return;
      const fragment = copyFragment(current, actorIds, noteIds);
      event.clipboardData.setData(fragmentMime, JSON.stringify(fragment));
      // Elsewhere (a text editor, a mail), the names.
      event.clipboardData.setData('text/plain', fragment.actors.map((a) => a.label).join('\n'));
      event.preventDefault();
      if (cut) carte.getState().apply(deletionOf(current, actorIds, []).ops);
    }
    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(document.activeElement)) return;
      const text = event.clipboardData?.getData(fragmentMime) ?? '';
      if (!text) return;
      event.preventDefault();
      // The checker (zod) is loaded at the first paste: opening a map does not need it. A
      // fragment that is not valid (another program, a truncated copy) pastes nothing, and says so.
      const refuse = () => carte.getState().setNotice(fastT('carte.pasteRefused'));
      void import('../../shared/domain/clipboard-read.js').then(({ parseFragment }) => {
        const fragment = parseFragment(text);
        if (fragment) paste(carte, latest.current.map, latest.current.select, fragment);
        else refuse();
      }, refuse);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [carte]);
}
