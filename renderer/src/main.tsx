import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { api } from './api/client';
import { queryClient } from './api/queries';
import { followServerEvents } from './stores/serverEvents';
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

// From the start: what main pushes keeps the query cache (and the stores that mirror it) current.
followServerEvents(api);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
