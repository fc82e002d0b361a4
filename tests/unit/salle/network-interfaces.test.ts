// Which connection the room proposes first: the one a phone in the room would reach.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultInterface, roomInterfaces } from '../../../electron/core/salle/network-interfaces.js';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

describe('roomInterfaces', () => {
  it('lists IPv4 addresses, Wi-Fi on a private network first, virtual ones after, 127.0.0.1 last', () => {
    const list = roomInterfaces(
      {
        lo: [v4('127.0.0.1', true), v6('::1')],
        docker0: [v4('172.17.0.1')],
        eth0: [v4('192.168.1.20'), v6('fe80::1')],
        wlan0: [v4('192.168.43.7')],
        tun0: [v4('10.8.0.2')],
        ppp0: [v4('88.12.1.4')],
      },
      {},
    );
    expect(list.map((i) => i.address)).toEqual([
      '192.168.43.7',
      '192.168.1.20',
      '172.17.0.1',
      '10.8.0.2',
      '88.12.1.4',
      '127.0.0.1',
    ]);
    expect(list.map((i) => i.likely)).toEqual([true, true, false, false, false, false]);
    expect(list.at(-1)).toEqual({ name: 'lo', address: '127.0.0.1', likely: false, loopback: true });
    expect(defaultInterface(list).address).toBe('192.168.43.7');
  });

  it('knows the Windows hotspot and Wi-Fi names, and the private ranges exactly', () => {
    const list = roomInterfaces(
      {
        'Ethernet 2': [v4('172.32.0.4')],
        'Connexion au réseau local* 10': [v4('192.168.137.1')],
        'Wi-Fi': [v4('10.20.30.40')],
        'vEthernet (WSL)': [v4('172.20.0.1')],
      },
      {},
    );
    expect(list.map((i) => [i.address, i.likely])).toEqual([
      ['10.20.30.40', true],
      ['192.168.137.1', true],
      ['172.32.0.4', false],
      ['172.20.0.1', false],
      ['127.0.0.1', false],
    ]);
  });

  it('reads the family as Node 18.0 to 18.3 wrote it (4)', () => {
    const old = { ...v4('192.168.0.3'), family: 4 } as unknown as NetworkInterfaceInfo;
    expect(roomInterfaces({ en0: [old] }, {}).map((i) => i.address)).toEqual(['192.168.0.3', '127.0.0.1']);
  });

  it('without any network, proposes this computer only; with only a public one, that one', () => {
    expect(defaultInterface(roomInterfaces({ lo: [v4('127.0.0.1', true)] }, {})).address).toBe('127.0.0.1');
    expect(defaultInterface(roomInterfaces({ eth0: [v4('88.12.1.4')] }, {})).address).toBe('88.12.1.4');
  });

  it('lists 127.0.0.1 alone when MAILLAGE_SALLE_LOOPBACK_ONLY=1 (tests and benchmark)', () => {
    const list = roomInterfaces({ wlan0: [v4('192.168.1.2')] }, { MAILLAGE_SALLE_LOOPBACK_ONLY: '1' });
    expect(list).toEqual([{ name: 'lo', address: '127.0.0.1', likely: false, loopback: true }]);
  });
});
