import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapState } from '../../shared/domain/model.js';
import { compareMaps } from '../../shared/versions/compare.js';
import { comparedMap } from '../../shared/versions/compared-map.js';
import { restoreOps } from '../../shared/versions/restore.js';
import type { SnapshotSummary } from '../../shared/versions/snapshot.js';
import { api } from '../api/client.js';
import { useCarte, useCarteStore } from '../carte/carte-context.js';
import { CarteLecture } from '../projecteur/CarteLecture.js';
import { formatBackupDate } from '../sauvegardes/format.js';
import { Alerte } from '../ui/Alerte.js';
import { ConfirmDialog } from '../ui/ConfirmDialog.js';
import { ListeDifferences } from './ListeDifferences.js';

/** 'now' stands for the map as it is at this moment. */
type Side = string | 'now';
type Screen = { kind: 'list' } | { kind: 'view'; id: string } | { kind: 'compare'; before: Side; after: Side };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The versions of the map: keep one under a name, see one read-only, compare two (or one with
 * the map now) — differences listed and marked on the map — and restore one as a single edit
 * that Ctrl+Z takes back.
 */
export function VersionsDialog({ workshopId, onClose }: { workshopId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const carte = useCarteStore();
  const current = useCarte((s) => s.map);
  const [list, setList] = useState<SnapshotSummary[] | null>(null);
  const [maps, setMaps] = useState<Record<string, MapState>>({});
  const [screen, setScreen] = useState<Screen>({ kind: 'list' });
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ kind: 'restore' | 'delete'; version: SnapshotSummary } | null>(null);
  const name = useRef<HTMLInputElement>(null);

  const refresh = useCallback(() => {
    api.call('snapshot.list', { workshopId }).then(setList, (e: unknown) => setError(messageOf(e)));
  }, [workshopId]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    refresh();
    // Versions taken elsewhere (a step change in the strip) appear at once.
    return api.subscribe((event) => {
      if ((event.type === 'snapshots.changed' && event.workshopId === workshopId) || event.type === 'stream.opened') {
        refresh();
      }
    });
  }, [refresh, workshopId]);

  async function load(id: Side): Promise<MapState | undefined> {
    if (id === 'now') return current ?? undefined;
    if (maps[id]) return maps[id];
    try {
      const { map } = await api.call('snapshot.get', { workshopId, id });
      setMaps((known) => ({ ...known, [id]: map }));
      return map;
    } catch (e) {
      setError(messageOf(e));
      return undefined;
    }
  }

  async function show(next: Screen) {
    setError(null);
    if (next.kind === 'view') await load(next.id);
    if (next.kind === 'compare') await Promise.all([load(next.before), load(next.after)]);
    setScreen(next);
  }

  async function take() {
    const fallback = t('versions.defaultName', {
      time: new Date().toLocaleTimeString(i18n.language, { timeStyle: 'short' }),
    });
    try {
      await api.call('snapshot.take', { workshopId, name: name.current?.value.trim() || fallback });
      if (name.current) name.current.value = '';
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function restore(version: SnapshotSummary) {
    const target = await load(version.id);
    const map = carte.getState().map;
    if (!target || !map) return;
    try {
      const ops = restoreOps(map, target);
      if (ops.length === 0) setError(t('versions.restoreNothing'));
      else carte.getState().apply(ops);
      onClose();
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function remove(version: SnapshotSummary) {
    try {
      await api.call('snapshot.delete', { workshopId, id: version.id });
    } catch (e) {
      setError(messageOf(e));
    }
  }

  const nameOf = (side: Side) =>
    side === 'now' ? t('versions.current') : (list?.find((v) => v.id === side)?.name ?? '?');
  const mapOf = (side: Side) => (side === 'now' ? current : maps[side]);

  return (
    <dialog
      ref={dialog}
      className="dialogue dialogue-versions"
      aria-labelledby="versions-titre"
      onCancel={(event) => {
        event.preventDefault();
        if (screen.kind === 'list') onClose();
        else setScreen({ kind: 'list' });
      }}
    >
      <div className="versions-entete">
        <h2 id="versions-titre">
          {screen.kind === 'list' && t('versions.title')}
          {screen.kind === 'view' && t('versions.viewing', { name: nameOf(screen.id) })}
          {screen.kind === 'compare' &&
            t('versions.comparing', { before: nameOf(screen.before), after: nameOf(screen.after) })}
        </h2>
        {screen.kind !== 'list' && (
          <button type="button" className="bouton" onClick={() => setScreen({ kind: 'list' })}>
            ← {t('versions.back')}
          </button>
        )}
        <button type="button" className="bouton discret" onClick={onClose} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      <Alerte message={error} />
      {screen.kind === 'list' && (
        <>
          <form
            className="versions-garder"
            onSubmit={(event) => {
              event.preventDefault();
              void take();
            }}
          >
            <label className="champ">
              {t('versions.nameLabel')}
              <input ref={name} maxLength={200} placeholder={t('versions.defaultName', { time: '…' })} />
            </label>
            <button type="submit" className="bouton principal">
              {t('versions.take')}
            </button>
          </form>
          {list?.length === 0 && <p className="vide">{t('versions.empty')}</p>}
          <ol className="versions-liste">
            {[...(list ?? [])].reverse().map((version, index, shown) => (
              <li key={version.id} data-version={version.name}>
                <div className="version-nom">
                  <strong>{version.name}</strong>
                  {version.auto && <span className="version-auto"> · {t('versions.auto')}</span>}
                  <span className="version-details">
                    {formatBackupDate(version.takenAt, i18n.language)} ·{' '}
                    {t('versions.counts', { actors: version.actorCount, links: version.linkCount })}
                  </span>
                </div>
                <div className="version-actions">
                  <button
                    type="button"
                    className="bouton compact"
                    onClick={() => void show({ kind: 'view', id: version.id })}
                  >
                    {t('versions.view')}
                  </button>
                  <select
                    className="bouton compact"
                    aria-label={`${t('versions.compare')} «\u00a0${version.name}\u00a0»`}
                    value=""
                    onChange={(event) => {
                      const other = event.currentTarget.value;
                      // The older version always on the left, whatever was picked first.
                      const older = other === 'now' ? false : shown.findIndex((v) => v.id === other) > index;
                      void show(
                        older
                          ? { kind: 'compare', before: other, after: version.id }
                          : { kind: 'compare', before: version.id, after: other },
                      );
                    }}
                  >
                    <option value="" disabled>
                      {t('versions.compareWith')}
                    </option>
                    <option value="now">{t('versions.compareNow')}</option>
                    {shown
                      .filter((v) => v.id !== version.id)
                      .map((v) => (
                        <option key={v.id} value={v.id}>
                          {v.name}
                        </option>
                      ))}
                  </select>
                  <button
                    type="button"
                    className="bouton compact"
                    onClick={() => setConfirm({ kind: 'restore', version })}
                  >
                    {t('versions.restore')}
                  </button>
                  <button
                    type="button"
                    className="bouton compact discret"
                    onClick={() => setConfirm({ kind: 'delete', version })}
                    aria-label={`${t('versions.delete')} «\u00a0${version.name}\u00a0»`}
                  >
                    ✕
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
      {screen.kind === 'view' && maps[screen.id] && (
        <div className="versions-carte">
          <CarteLecture map={maps[screen.id]!} area={null} label={t('versions.viewing', { name: nameOf(screen.id) })} />
        </div>
      )}
      {screen.kind === 'compare' && (
        <Comparaison
          before={mapOf(screen.before)}
          after={mapOf(screen.after)}
          label={t('versions.comparing', { before: nameOf(screen.before), after: nameOf(screen.after) })}
        />
      )}
      {confirm && (
        <ConfirmDialog
          title={t(confirm.kind === 'restore' ? 'versions.restoreTitle' : 'versions.deleteTitle', {
            name: confirm.version.name,
          })}
          body={
            confirm.kind === 'restore'
              ? t('versions.restoreBody', { count: restoreCount(current, maps[confirm.version.id]) })
              : t('versions.deleteBody')
          }
          confirmLabel={t(confirm.kind === 'restore' ? 'versions.restore' : 'versions.delete')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const { kind, version } = confirm;
            setConfirm(null);
            void (kind === 'restore' ? restore(version) : remove(version));
          }}
        />
      )}
    </dialog>
  );
}

function restoreCount(current: MapState | null, target: MapState | undefined): string {
  if (!current || !target) return '…';
  const c = compareMaps(target, current);
  return String(
    [c.actors, c.links, c.notes, c.zones].reduce((n, l) => n + l.added.length + l.removed.length + l.changed.length, 0),
  );
}

function Comparaison({
  before,
  after,
  label,
}: {
  before: MapState | null | undefined;
  after: MapState | null | undefined;
  label: string;
}) {
  const { t } = useTranslation();
  const compared = useMemo(() => {
    if (!before || !after) return null;
    const comparison = compareMaps(before, after);
    return { comparison, ...comparedMap(after, comparison) };
  }, [before, after]);
  if (!compared || !before || !after) return null;
  return (
    <div className="versions-comparaison">
      <div className="versions-legende" aria-hidden="true">
        <span>
          <span className="pastille-difference ajoute" /> {t('versions.legendAdded')}
        </span>
        <span>
          <span className="pastille-difference retire" /> {t('versions.legendRemoved')}
        </span>
        <span>
          <span className="pastille-difference modifie" /> {t('versions.legendChanged')}
        </span>
      </div>
      <ListeDifferences comparison={compared.comparison} before={before} after={after} />
      <div className="versions-carte">
        <CarteLecture map={compared.map} area={null} marks={compared.marks} label={label} />
      </div>
    </div>
  );
}
