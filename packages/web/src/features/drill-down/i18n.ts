import { i18n } from '../../app/i18n';
import { en } from './locales/en';
import { vi } from './locales/vi';

// The drill-down strings load with its lazy chunk, not with the first screen.
i18n.addResourceBundle('vi', 'translation', { drillDown: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { drillDown: en }, true, true);

export { i18n };
