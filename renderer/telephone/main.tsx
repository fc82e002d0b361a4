import './telephone.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Telephone } from './Telephone.js';
import { english } from './textes.js';

document.documentElement.lang = english ? 'en' : 'fr';
const root = document.getElementById('root');
if (!root) throw new Error('Élément #root absent de la page');
createRoot(root).render(
  <StrictMode>
    <Telephone />
  </StrictMode>,
);
