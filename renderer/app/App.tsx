import { lazy, Suspense, useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/contract.js';
import { ActionsProvider, useAction, useActionKeys } from '../actions/context.js';
import { createActionRegistry } from '../actions/registry.js';
import { keyPlace } from '../actions/shortcut.js';
import { isTypingTarget } from '../actions/typing-target.js';
import { api } from '../api/client.js';
import { EditorPage } from '../carte/EditorPage.js';
import { useFacilitation } from '../etapes/facilitation-store.js';
import { changeLanguage } from '../i18n/index.js';
import { ProjectionPage } from '../projecteur/ProjectionPage.js';
import { navigate, useRoute } from './route.js';
import { useUnsavedGuard } from './unsaved-guard.js';

// The workshop list and the Club are loaded when first shown: opening a workshop (the page the
// facilitator waits for in the room) then parses and runs only what the editor needs (issue 7).
// The wall stays in: the editor's presentation mode (F5) shows it.
const AteliersPage = lazy(() => import('../ateliers/AteliersPage.js').then((m) => ({ default: m.AteliersPage })));
const ClubPage = lazy(() => import('../club/ClubPage.js').then((m) => ({ default: m.ClubPage })));
const ConfidentialitePage = lazy(() =>
  import('../confidentialite/ConfidentialitePage.js').then((m) => ({ default: m.ConfidentialitePage })),
);

/** The window's own actions: the workshop list and the language, whatever page is shown. */
function WindowActions() {
  const toList = () => navigate({ page: 'ateliers' });
  useAction('workshop.list', toList);
  useAction('workshop.new', toList);
  useAction('language.fr', () => void changeLanguage('fr'));
  useAction('language.en', () => void changeLanguage('en'));
  return null;
}

export function App() {
  const route = useRoute();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [registry] = useState(() => createActionRegistry(keyPlace));
  useActionKeys(registry);
  useUnsavedGuard();

  useEffect(() => {
    api.call('app.info', {}).then(setInfo, () => undefined);
    // The room's state for the whole window; each page's map store listens for its own map.
    return api.subscribe((event) => useFacilitation.getState().receive(event));
  }, []);

  useEffect(
    () =>
      window.maillage?.onMenuCommand((command) => {
        // The menu's Annuler / Rétablir in a text field are the field's own undo.
        if ((command === 'edit.undo' || command === 'edit.redo') && isTypingTarget(document.activeElement)) {
          document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
        } else registry.run(command, 'menu');
      }),
    [registry],
  );

  return (
    <ActionsProvider registry={registry}>
      <WindowActions />
      {route.page === 'carte' ? (
        // Keyed by workshop: another workshop is another store, and the old one's queue goes with it.
        <EditorPage key={route.workshopId} workshopId={route.workshopId} />
      ) : route.page === 'projection' ? (
        <ProjectionPage key={route.workshopId} workshopId={route.workshopId} />
      ) : (
        <Suspense fallback={null}>
          {route.page === 'club' ? (
            <ClubPage info={info} />
          ) : route.page === 'confidentialite' ? (
            <ConfidentialitePage />
          ) : (
            <AteliersPage info={info} />
          )}
        </Suspense>
      )}
    </ActionsProvider>
  );
}
