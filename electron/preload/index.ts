// Sandboxed preload: built as one CommonJS file that may require nothing but 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.js';

contextBridge.exposeInMainWorld('maillage', createBridge(ipcRenderer));
