import { afterEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel } from '../../../shared/api/bridge.js';
import { methodNames } from '../../../shared/api/method-names.js';
import { createFakeElectron } from './fake-electron.js';

/**
 * electron/preload/index.ts itself, loaded against the fake Electron: the page receives one
 * object, window.maillage, built over ipcRenderer, and never ipcRenderer or anything holding it.
 */

afterEach(() => {
  vi.doUnmock('electron');
});

let loads = 0;

async function loadPreload() {
  const fake = createFakeElectron({ userData: '/nonexistent', home: '/nonexistent' });
  vi.doMock('electron', () => fake.module);
  loads += 1;
  await import(/* @vite-ignore */ `../../../electron/preload/index.ts?load=${loads}`);
  return fake;
}

/** Every value reachable from the exposed API, functions' own properties included. */
function reachable(root: unknown): unknown[] {
  const seen = new Set<unknown>();
  const pending = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) pending.push(descriptor.value);
    }
  }
  return [...seen];
}

describe('the preload script', () => {
  it('exposes exactly one object to the page, under the name « maillage »', async () => {
    const fake = await loadPreload();
    expect(fake.state.exposed.map(([key]) => key)).toEqual(['maillage']);
  });

  it('never hands the page ipcRenderer, nor its functions', async () => {
    const fake = await loadPreload();
    const [, api] = fake.state.exposed[0] ?? [];
    const { ipcRenderer } = fake.module;
    const values = reachable(api);
    expect(values).not.toContain(ipcRenderer);
    for (const fn of Object.values(ipcRenderer)) expect(values).not.toContain(fn);
  });

  it('the exposed object is the bridge: one frozen function per method, calling its own channel', async () => {
    const fake = await loadPreload();
    const api = fake.state.exposed[0]?.[1] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [...methodNames, 'onEvent', 'onMenuCommand', 'saveFile', 'openProjector', 'reportUnsaved'].sort(),
    );
    // The fake ipcRenderer answers with the channel and arguments it was called with.
    expect(await api['workshop.list']?.({})).toEqual({
      ok: true,
      result: { channel: ipcChannel.invoke('workshop.list'), args: [{}] },
    });
  });
});
