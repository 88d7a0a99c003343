import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The centre's strings load with its page, not with the sign-in screen.
i18n.addResourceBundle('vi', 'translation', { notifications: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { notifications: en }, true, true);
