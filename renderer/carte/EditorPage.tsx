import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deletionOf } from '../../shared/domain/deletion.js';
import { isFiltering } from '../../shared/domain/view-filter.js';
import { ActionButton } from '../actions/ActionButton.js';
import { useAction } from '../actions/context.js';
import { navigate } from '../app/route.js';
import { BandeauAtelier } from '../etapes/BandeauAtelier.js';
import { ExportMenu } from '../export/ExportMenu.js';
import { FiltresPanel } from '../filtres/FiltresPanel.js';
import { ListeNotes } from '../notes/ListeNotes.js';
import { OutilsNotesZones } from '../notes/OutilsNotesZones.js';
import { SuiviBouton } from '../suivi/SuiviBouton.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { LanguageSwitch } from '../ui/LanguageSwitch.js';
import { useViewActions } from '../vues/use-view-actions.js';
import { VuesPanel } from '../vues/VuesPanel.js';
import { Carte } from './Carte.js';
import { CarteProvider, useCarte, useCarteStore } from './carte-context.js';
import { KindPicker } from './KindPicker.js';
import { Notice } from './Notice.js';
import { PanneauSelection } from './PanneauSelection.js';
import { SaveStatus } from './SaveStatus.js';
import { useWorkshopCarte } from './use-workshop-carte.js';

interface Selection {
  actorIds: string[];
  linkIds: string[];
  noteIds: string[];
  zoneIds: string[];
}

/** One open workshop, with a map store of its own for everything drawn in it. */
export function EditorPage({ workshopId }: { workshopId: string }) {
  const store = useWorkshopCarte(workshopId);
  return (
    <CarteProvider store={store}>
      <Editeur workshopId={workshopId} />
    </CarteProvider>
  );
}

/** Its title, the save state, the tools, the canvas and the selection panel. */
function Editeur({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const carte = useCarteStore();
  const workshop = useCarte((state) => state.workshop);
  const map = useCarte((state) => state.map);
  const loadError = useCarte((state) => state.loadError);
  const canUndo = useCarte((state) => state.history.past.length > 0);
  const canRedo = useCarte((state) => state.history.future.length > 0);
  const { apply } = carte.getState();
  const [selection, setSelection] = useState<Selection>({ actorIds: [], linkIds: [], noteIds: [], zoneIds: [] });
  const [filtresOpen, setFiltresOpen] = useState(false);
  const filtering = useCarte((state) => isFiltering(state.view));
  const [confirming, setConfirming] = useState<ReturnType<typeof deletionOf> | null>(null);

  const onSelection = useCallback((actorIds: string[], linkIds: string[], noteIds: string[], zoneIds: string[]) => {
    const next = { actorIds, linkIds, noteIds, zoneIds };
    setSelection((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next));
  }, []);

  const requestDelete = useCallback(() => {
    if (!map) return;
    const links = deletionOf(map, selection.actorIds, selection.linkIds);
    // Notes and zones go without confirmation (undo brings them back); a zone's content stays.
    const deletion = {
      ...links,
      ops: [
        ...links.ops,
        ...selection.noteIds.map((id) => ({ type: 'note.remove' as const, id })),
        ...selection.zoneIds.map((id) => ({ type: 'zone.remove' as const, id })),
      ],
    };
    if (deletion.ops.length === 0) return;
    // One link, or one actor alone, goes at once; anything that takes more with it is confirmed.
    const small = deletion.actorCount + deletion.linkCount <= 1;
    if (small) apply(deletion.ops);
    else setConfirming(deletion);
  }, [map, selection, apply]);

  const selected =
    selection.actorIds.length + selection.linkIds.length + selection.noteIds.length + selection.zoneIds.length;
  useAction('map.delete', requestDelete, selected > 0);
  useAction('edit.undo', () => carte.getState().undo(), canUndo);
  useAction('edit.redo', () => carte.getState().redo(), canRedo);
  useViewActions(map);
  const [vuesOpen, setVuesOpen] = useState(false);

  if (loadError) {
    return (
      <main className="page erreur-page">
        <p role="alert">{t('carte.loadError', { message: loadError })}</p>
        <button type="button" className="bouton" onClick={() => navigate({ page: 'ateliers' })}>
          ← {t('carte.back')}
        </button>
      </main>
    );
  }
  if (!workshop || !map) return <main className="page">{t('common.loading')}</main>;

  const onlyActor =
    selection.actorIds.length === 1 ? map.actors.find((a) => a.id === selection.actorIds[0]) : undefined;

  return (
    <ReactFlowProvider>
      <div className="editeur">
        <header className="barre">
          <button type="button" className="bouton discret" onClick={() => navigate({ page: 'ateliers' })}>
            ← {t('carte.back')}
          </button>
          <h1 className="barre-titre">
            {workshop.title}
            {workshop.territory && <span className="barre-territoire"> · {workshop.territory}</span>}
          </h1>
          <SuiviBouton workshopId={workshopId} />
          <ExportMenu workshopId={workshopId} />
          <Notice />
          <SaveStatus />
          <LanguageSwitch />
        </header>
        <BandeauAtelier workshopId={workshopId} map={map} selection={selection} />
        <div className="editeur-corps">
          <div className="outils" role="toolbar" aria-label="Outils" aria-orientation="vertical">
            <ActionButton name="edit.undo" hint={t('carte.undoHint')}>
              ↶ {t('carte.undo')}
            </ActionButton>
            <ActionButton name="edit.redo" ariaLabel={t('carte.redo')}>
              ↷
            </ActionButton>
            <ActionButton name="map.addActor" className="bouton principal" hint={t('carte.addActorHint')} showKey>
              + {t('carte.addActor')}
            </ActionButton>
            <ActionButton name="map.commandBar" showKey>
              ⌨ {t('saisie.title')}
            </ActionButton>
            <ActionButton name="map.layout" hint={t('carte.layoutHint')} showKey>
              ✣ {t('carte.layout')}
            </ActionButton>
            <ActionButton name="map.fitView" hint={t('carte.fitViewHint')} showKey>
              ⤢ {t('carte.fitView')}
            </ActionButton>
            <ActionButton name="map.delete" ariaLabel={t('carte.deleteSelection')}>
              ✕
            </ActionButton>
            <OutilsNotesZones map={map} />
            <button
              type="button"
              className={`bouton${filtering ? ' actif' : ''}`}
              aria-pressed={filtresOpen}
              onClick={() => setFiltresOpen(!filtresOpen)}
              title={t('filtres.open')}
            >
              ⚲ {t('filtres.title')}
            </button>
            <button
              type="button"
              className="bouton"
              aria-pressed={vuesOpen}
              onClick={() => setVuesOpen(!vuesOpen)}
              title={t('vues.openHint')}
            >
              ◐ {t('vues.title')}
            </button>
          </div>
          <Carte map={map} onSelection={onSelection} />
          <ListeNotes map={map} />
          {filtresOpen && <FiltresPanel map={map} onClose={() => setFiltresOpen(false)} />}
          {vuesOpen && <VuesPanel map={map} onClose={() => setVuesOpen(false)} />}
          <PanneauSelection
            map={map}
            actorIds={selection.actorIds}
            linkIds={selection.linkIds}
            noteIds={selection.noteIds}
            zoneIds={selection.zoneIds}
            onDelete={requestDelete}
          />
        </div>
        <KindPicker />
        {confirming && (
          <ConfirmDialog
            title={
              confirming.actorCount === 1 && onlyActor ? t('panneau.deleteActorTitle') : t('panneau.deleteManyTitle')
            }
            body={
              confirming.actorCount === 1 && onlyActor && selection.linkIds.length === 0
                ? t('panneau.deleteActorBody', { label: onlyActor.label, count: confirming.linkCount })
                : t('panneau.deleteManyBody', { actors: confirming.actorCount, links: confirming.linkCount })
            }
            confirmLabel={t('common.delete')}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              apply(confirming.ops);
              setConfirming(null);
            }}
          />
        )}
      </div>
    </ReactFlowProvider>
  );
}
