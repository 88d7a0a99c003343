export { NotificationResolver } from './notification.resolver.js';
export { NotificationService } from './notification.service.js';
