import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';
import type { RoomInterface } from '../../../shared/salle/room.js';

type RawInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

export const loopbackAddress = '127.0.0.1';

/** Names of interfaces that phones in the room cannot reach: containers, VMs, VPNs, tunnels. */
const virtualName = /^(docker|veth|br-|virbr|vmnet|vboxnet|vethernet|tun|tap|utun|wg|zt|tailscale|ham|llw|awdl|lo)/i;
/** Names of Wi-Fi interfaces on Linux, Windows and macOS (en0 is the Wi-Fi of most Macs). */
const wifiName = /^(wl|wlan|wi-?fi|en0$|wlp|wireless)/i;

function isPrivate(address: string): boolean {
  const [a = 0, b = 0] = address.split('.').map(Number);
  return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/**
 * The computer's IPv4 addresses the room may listen on, the most likely first: a private
 * address on a real interface (Wi-Fi before cable), then the others, then 127.0.0.1 (this
 * computer only, to try the room alone). `MAILLAGE_SALLE_LOOPBACK_ONLY=1` lists 127.0.0.1
 * alone: the tests and the benchmark set it, so that nothing they start can listen on a network.
 */
export function roomInterfaces(raw: RawInterfaces = networkInterfaces(), env = process.env): RoomInterface[] {
  const loopback: RoomInterface = { name: 'lo', address: loopbackAddress, likely: false, loopback: true };
  if (env.MAILLAGE_SALLE_LOOPBACK_ONLY === '1') return [loopback];
  const found: (RoomInterface & { wifi: boolean })[] = [];
  for (const [name, infos] of Object.entries(raw)) {
    for (const info of infos ?? []) {
      // Node 18.0–18.3 said 4 instead of 'IPv4'.
      if ((info.family as string | number) !== 'IPv4' && (info.family as string | number) !== 4) continue;
      if (info.internal || info.address.startsWith('127.')) continue;
      const likely = isPrivate(info.address) && !virtualName.test(name);
      found.push({ name, address: info.address, likely, loopback: false, wifi: wifiName.test(name) });
    }
  }
  found.sort((x, y) => Number(y.likely) - Number(x.likely) || Number(y.wifi) - Number(x.wifi));
  return [...found.map(({ wifi: _wifi, ...rest }) => rest), loopback];
}

/** The address a phone would most likely reach: the first likely one, else any network, else this computer. */
export function defaultInterface(list: readonly RoomInterface[]): RoomInterface {
  return list.find((i) => i.likely) ?? list.find((i) => !i.loopback) ?? list[0]!;
}
