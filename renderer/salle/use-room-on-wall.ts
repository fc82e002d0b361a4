import { useEffect, useState } from 'react';
import type { RoomStatus } from '../../shared/salle/room.js';
import { api } from '../api/client.js';
import './salle.css';

/**
 * The open room of this workshop while its way to join is shown on the wall (« Participer
 * depuis votre téléphone »), else null. The wall reads only the room's status (room.status): no
 * participant's text ever reaches it before acceptance.
 */
export function useRoomOnWall(workshopId: string): RoomStatus | null {
  const [status, setStatus] = useState<RoomStatus | null>(null);

  useEffect(() => {
    let current = true;
    const read = () =>
      api.call('room.status', { workshopId }).then(
        (answer) => current && setStatus(answer.status),
        () => undefined,
      );
    void read();
    const stop = api.subscribe((event) => {
      if ((event.type === 'room.changed' && event.workshopId === workshopId) || event.type === 'database.restored') {
        void read();
      }
    });
    return () => {
      current = false;
      stop();
    };
  }, [workshopId]);

  return status?.onWall ? status : null;
}
