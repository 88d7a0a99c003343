import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The dossier strings load with its lazy chunk, not with the first screen.
i18n.addResourceBundle('vi', 'translation', { dossier: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { dossier: en }, true, true);

export { i18n };
