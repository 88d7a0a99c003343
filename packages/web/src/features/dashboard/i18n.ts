import { i18n } from '../../app/i18n';
import { vi } from './locales/vi';

// The dashboard's strings load with its lazy chunks, not with the sign-in screen; English only for
// English readers (pages wait for them: app/lazy-page.ts).
i18n.addResourceBundle('vi', 'translation', { dashboard: vi }, true, true);
void i18n.addLazyBundle('en', () => import('./locales/en').then((module) => ({ dashboard: module.en })));
