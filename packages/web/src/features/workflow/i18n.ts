import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The workflow strings load with the workflow pages' lazy chunks, not with the first screen.
i18n.addResourceBundle('vi', 'translation', { workflow: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { workflow: en }, true, true);

export { i18n };
