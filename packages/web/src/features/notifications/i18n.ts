import { i18n } from '../../app/i18n';
import { vi } from './locales/vi';

// The centre's strings load with its page, not with the sign-in screen; English only for
// English readers (pages wait for them: app/lazy-page.ts).
i18n.addResourceBundle('vi', 'translation', { notifications: vi }, true, true);
void i18n.addLazyBundle('en', () => import('./locales/en').then((module) => ({ notifications: module.en })));
