import { i18n } from '../../app/i18n';
import { vi } from './locales/vi';

// The dossier strings load with its lazy chunk, not with the first screen; English only for
// English readers (pages wait for them: app/lazy-page.ts).
i18n.addResourceBundle('vi', 'translation', { dossier: vi }, true, true);
void i18n.addLazyBundle('en', () => import('./locales/en').then((module) => ({ dossier: module.en })));

export { i18n };
