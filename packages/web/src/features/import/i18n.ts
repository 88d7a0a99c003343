import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The import strings load with its lazy chunk, not with the first screen.
i18n.addResourceBundle('vi', 'translation', { import: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { import: en }, true, true);

export { i18n };
