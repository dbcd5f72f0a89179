import { render } from 'preact';
import { App } from './app.tsx';
import { applyDocumentLanguage } from '../ui/i18n.ts';

applyDocumentLanguage();
render(<App />, document.getElementById('app')!);
