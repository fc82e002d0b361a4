import { useTranslation } from 'react-i18next';
import { limits } from '../../shared/domain/limits.js';
import type { MapState, Zone } from '../../shared/domain/model.js';
import type { ZonePatch } from '../../shared/domain/operations.js';
import { useCarte } from '../carte/carte-context.js';
import { ChoiceGroup, TextField } from '../ui/fields.js';
import { zoneColours } from './zone-colours.js';

/** A zone's name, colour (named) and shape. Deleting it leaves what lies in it on the map. */
export function ZoneForm({ zone, onDelete }: { zone: Zone; map: MapState; onDelete(): void }) {
  const { t } = useTranslation();
  const apply = useCarte((state) => state.apply);
  const update = (patch: ZonePatch) => apply([{ type: 'zone.update', id: zone.id, patch }]);
  const known = zoneColours.some((c) => c.value.toLowerCase() === zone.color.toLowerCase());
  return (
    <section className="panneau" aria-label={t('zones.panel')}>
      <h2>{t('zones.panel')}</h2>
      <TextField
        label={t('zones.name')}
        value={zone.label}
        maxLength={limits.label}
        onCommit={(label) => update({ label: label.trim() })}
      />
      <ChoiceGroup
        legend={t('zones.color')}
        name="couleur-zone"
        inline
        value={known ? zoneColours.find((c) => c.value.toLowerCase() === zone.color.toLowerCase())!.value : null}
        options={zoneColours.map((colour) => ({
          value: colour.value,
          label: t(`zones.colours.${colour.name}`),
          swatch: <span className="pastille-zone" style={{ background: colour.value }} aria-hidden="true" />,
        }))}
        onChange={(color) => update({ color })}
      />
      <ChoiceGroup
        legend={t('zones.shape')}
        name="forme-zone"
        inline
        value={zone.shape}
        options={(['rectangle', 'cercle'] as const).map((shape) => ({
          value: shape,
          label: t(`zones.shapes.${shape}`),
        }))}
        onChange={(shape) => update({ shape })}
      />
      <p className="aide">{t('zones.moveHint')}</p>
      <button type="button" className="bouton danger" onClick={onDelete}>
        {t('zones.delete')}
      </button>
    </section>
  );
}
