import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShortCode, type RoomStatus } from '../../shared/salle/room.js';
import { QrCode } from './QrCode.js';
import { useSalle } from './salle-store.js';

/** Closed: which connection to open to the phones (the likeliest chosen), and « Ouvrir la salle ». */
function SalleFermee() {
  const { t } = useTranslation();
  const interfaces = useSalle((s) => s.interfaces);
  const busy = useSalle((s) => s.busy);
  const [address, setAddress] = useState('');
  const id = useId();

  useEffect(() => {
    void useSalle.getState().loadInterfaces();
  }, []);
  const chosen = address || interfaces?.find((i) => i.likely)?.address || interfaces?.[0]?.address || '';

  return (
    <div className="salle-fermee">
      <p className="aide">{t('salle.closedHelp')}</p>
      <label htmlFor={id}>{t('salle.interface')}</label>
      <select id={id} value={chosen} onChange={(event) => setAddress(event.target.value)} disabled={!interfaces}>
        {interfaces?.map((i) => (
          <option key={i.address} value={i.address}>
            {i.address} — {i.loopback ? t('salle.loopback') : i.likely ? `${i.name}, ${t('salle.likely')}` : i.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="bouton principal"
        disabled={busy || !chosen}
        onClick={() => void useSalle.getState().open(chosen)}
      >
        {t('salle.openRoom')}
      </button>
    </div>
  );
}

/** How to join, as the editor shows it: the same QR code, short code and address as the wall. */
export function Rejoindre({ status, className }: { status: RoomStatus; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={`rejoindre ${className ?? ''}`}>
      <QrCode text={status.joinUrl} label={t('salle.qrLabel')} className="rejoindre-qr" />
      <div className="rejoindre-texte">
        <p className="rejoindre-titre">{t('salle.join')}</p>
        <p className="rejoindre-adresse">{status.url.replace(/^http:\/\//, '').replace(/\/$/, '')}</p>
        {status.shortCode ? (
          <p className="rejoindre-code">
            {t('salle.code')}
            {'\u00a0'}: <strong data-code={status.shortCode}>{formatShortCode(status.shortCode)}</strong>
          </p>
        ) : (
          <p className="rejoindre-retire">{t('salle.codeWithdrawn')}</p>
        )}
      </div>
    </div>
  );
}

/** Open: how to join, how many phones, the wall's block on or off, a new code, « Fermer la salle ». */
function SalleOuverte({ status }: { status: RoomStatus }) {
  const { t } = useTranslation();
  const busy = useSalle((s) => s.busy);
  const contributors = useSalle((s) => s.state?.contributors ?? 0);
  return (
    <div className="salle-ouverte">
      <Rejoindre status={status} />
      <p className="salle-compte" aria-live="polite">
        {t('salle.phones', { count: status.phones })} · {t('salle.contributors', { count: contributors })}
      </p>
      <label className="case">
        <input
          type="checkbox"
          checked={status.onWall}
          onChange={(event) => void useSalle.getState().showOnWall(event.target.checked)}
        />
        {t('salle.onWall')}
      </label>
      <div className="salle-boutons">
        {!status.shortCode && (
          <button type="button" className="bouton" disabled={busy} onClick={() => void useSalle.getState().newCode()}>
            {t('salle.newCode')}
          </button>
        )}
        <button
          type="button"
          className="bouton danger"
          disabled={busy}
          title={t('salle.closeHint')}
          onClick={() => void useSalle.getState().close()}
        >
          {t('salle.closeRoom')}
        </button>
      </div>
    </div>
  );
}

/** Memoised: the status keeps its object from one reading of the room to the next while unchanged. */
export const OuvertureSalle = memo(function OuvertureSalle({ status }: { status: RoomStatus | null }) {
  return status ? <SalleOuverte status={status} /> : <SalleFermee />;
});
