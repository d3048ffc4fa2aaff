import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './i18n';
import './styles/fonts.css';
import './styles/base.css';
import './styles/header.css';
import './styles/layout.css';
import './styles/agenda.css';
import './styles/toc.css';
import './styles/document.css';
// Last: its narrow-pane container query overrides the columns and the TOC above.
import './styles/reader.css';
import './styles/search.css';

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
