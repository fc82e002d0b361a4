import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract.js';
import { api } from '../api/client.js';
import { EditorPage } from '../carte/EditorPage.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { changeLanguage } from '../i18n/index.js';
import { ProjectionPage } from '../projecteur/ProjectionPage.js';
import { isTypingTarget, runCommand } from './commands.js';
import { navigate, useRoute } from './route.js';

// The workshop list and the Club are loaded when first shown: opening a workshop (the page the
// facilitator waits for in the room) then parses and runs only what the editor needs (issue 7).
// The wall stays in: the editor's presentation mode (F5) shows it.
const AteliersPage = lazy(() => import('../ateliers/AteliersPage.js').then((m) => ({ default: m.AteliersPage })));
const ClubPage = lazy(() => import('../club/ClubPage.js').then((m) => ({ default: m.ClubPage })));

/**
 * The native menu's Annuler / Rétablir: in a text field, the field's own undo; elsewhere, the
 * map's (through the same command as Ctrl+Z on the canvas).
 */
function undoOrRedo(command: 'edit.undo' | 'edit.redo'): void {
  if (isTypingTarget(document.activeElement)) document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
  else runCommand(command);
}

export function App() {
  const route = useRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);

  useEffect(() => {
    api.call('app.info', {}).then(setInfo, () => undefined);
    // The room's state for the whole window; each page's map store listens for its own map.
    return api.subscribe((event) => useFacilitation.getState().receive(event));
  }, []);

  useEffect(
    () =>
      window.maillage?.onMenuCommand((command) => {
        if (command === 'workshop.list' || command === 'workshop.new') navigate({ page: 'ateliers' });
        else if (command === 'language.fr' || command === 'language.en')
          void changeLanguage(command === 'language.fr' ? 'fr' : 'en');
        else if (command === 'edit.undo' || command === 'edit.redo') undoOrRedo(command);
        else runCommand(command);
      }),
    [],
  );

  // Keyed by workshop: another workshop is another store, and the old one's queue goes with it.
  if (route.page === 'carte') return <EditorPage key={route.workshopId} workshopId={route.workshopId} />;
  if (route.page === 'projection') return <ProjectionPage key={route.workshopId} workshopId={route.workshopId} />;
  return <Suspense fallback={null}>{route.page === 'club' ? <ClubPage /> : <AteliersPage info={info} />}</Suspense>;
}
