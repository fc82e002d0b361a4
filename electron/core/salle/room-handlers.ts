import type { MethodInput, MethodOutput } from '../../../shared/api/contract.js';
import type { RoomService } from './room-service.js';

type RoomMethod =
  | 'room.interfaces'
  | 'room.open'
  | 'room.close'
  | 'room.state'
  | 'room.settle'
  | 'room.vote'
  | 'room.newCode'
  | 'room.status'
  | 'room.onWall';

export type RoomHandlers = {
  [M in RoomMethod]: (input: MethodInput<M>) => M extends 'room.open' ? Promise<MethodOutput<M>> : MethodOutput<M>;
};

/** The facilitator's room methods: they never leave 127.0.0.1 (or the desktop app's IPC). */
export function createRoomHandlers(room: RoomService): RoomHandlers {
  return {
    'room.interfaces': () => room.interfaces(),
    'room.open': ({ workshopId, address, port }) => room.open(workshopId, address, port),
    'room.close': ({ workshopId }) => {
      room.close(workshopId);
      return { closed: true };
    },
    'room.state': ({ workshopId }) => room.state(workshopId),
    'room.settle': ({ workshopId, id, outcome }) => room.settle(workshopId, id, outcome),
    'room.vote': ({ workshopId, action }) => room.vote(workshopId, action),
    'room.newCode': ({ workshopId }) => room.newCode(workshopId),
    'room.status': ({ workshopId }) => ({ status: room.statusOf(workshopId) }),
    'room.onWall': ({ workshopId, shown }) => room.showOnWall(workshopId, shown),
  };
}
