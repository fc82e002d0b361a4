import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract.js';
import { api } from '../api/client.js';
import { AteliersPage } from '../ateliers/AteliersPage.js';
import { useCarte } from '../carte/carte-store.js';
import { EditorPage } from '../carte/EditorPage.js';
import { ClubPage } from '../club/ClubPage.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { changeLanguage } from '../i18n/index.js';
import { ProjectionPage } from '../projecteur/ProjectionPage.js';
import { isTypingTarget, runCommand } from './commands.js';
import { navigate, useRoute } from './route.js';

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
    // One subscription for the whole window: changes made elsewhere (another window, the CLI).
    return api.subscribe((event) => {
      useCarte.getState().receive(event);
      useFacilitation.getState().receive(event);
    });
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

  if (route.page === 'club') return <ClubPage />;
  if (route.page === 'projection') return <ProjectionPage workshopId={route.workshopId} />;
  return route.page === 'carte' ? <EditorPage workshopId={route.workshopId} /> : <AteliersPage info={info} />;
}
