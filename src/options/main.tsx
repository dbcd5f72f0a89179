import { render } from 'preact';
import { Options } from './options.tsx';
import { applyDocumentLanguage } from '../ui/i18n.ts';

applyDocumentLanguage();
render(<Options />, document.getElementById('app')!);
