import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadSettings } from './app/settings';
import { t } from './text';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
loadSettings().then(
  (settings) => root.render(<StrictMode><App settings={settings} /></StrictMode>),
  () => root.render(<main><p role="alert">{t.errors.network}</p></main>),
);
