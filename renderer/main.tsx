import '@xyflow/react/dist/base.css';
import './styles/app.css';
import './styles/notes-zones.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { setupI18n } from './i18n/index.js';

const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de index.html');

await setupI18n();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
