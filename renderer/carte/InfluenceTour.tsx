import { memo } from 'react';
import { maxInfluence } from '../../shared/domain/codebook.js';
import { fastT as t } from '../i18n/fast-t.js';

const slots = Array.from({ length: maxInfluence }, (_, i) => i);

/**
 * Net-Map's influence tower beside an actor: five blocks stacked from the bottom, as many filled
 * as its influence (0 is five hollow blocks; an influence never given draws no tower). A count
 * the back of the room can read, never a colour.
 */
export const InfluenceTour = memo(function InfluenceTour({ value }: { value: number }) {
  const label = t('influence.tower', { value, max: maxInfluence });
  return (
    <span className="acteur-tour" role="img" aria-label={label} title={label} data-influence={value}>
      {slots.map((i) => (
        <span key={i} className={i < value ? 'plein' : undefined} />
      ))}
    </span>
  );
});
