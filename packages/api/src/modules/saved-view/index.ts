export { SavedViewResolver } from './saved-view.resolver.js';
export { SavedViewService } from './saved-view.service.js';
