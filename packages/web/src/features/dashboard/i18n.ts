import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The dashboard's strings load with its lazy chunks, not with the sign-in screen.
i18n.addResourceBundle('vi', 'translation', { dashboard: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { dashboard: en }, true, true);
