// The API's compiled modules (packages/api/dist), typed from their sources so the bench type-checks
// against the same code it runs. Only the modules the bench uses are listed.
declare module '@nvtt/api/dist/db/embedded-postgres.js' {
  export * from '@nvtt/api/src/db/embedded-postgres.js';
}
declare module '@nvtt/api/dist/db/data-source.js' {
  export * from '@nvtt/api/src/db/data-source.js';
}
declare module '@nvtt/api/dist/db/seed/index.js' {
  export * from '@nvtt/api/src/db/seed/index.js';
}
declare module '@nvtt/api/dist/db/seed/reference-units.js' {
  export * from '@nvtt/api/src/db/seed/reference-units.js';
}
declare module '@nvtt/api/dist/db/seed/demo/catalog.js' {
  export * from '@nvtt/api/src/db/seed/demo/catalog.js';
}
declare module '@nvtt/api/dist/db/seed/demo/task-content.js' {
  export * from '@nvtt/api/src/db/seed/demo/task-content.js';
}
declare module '@nvtt/api/dist/auth/secrets.js' {
  export * from '@nvtt/api/src/auth/secrets.js';
}
declare module '@nvtt/api/dist/auth/scope.js' {
  export * from '@nvtt/api/src/auth/scope.js';
}
declare module '@nvtt/api/dist/graphql/context.js' {
  export * from '@nvtt/api/src/graphql/context.js';
}
declare module '@nvtt/api/dist/modules/analytics/analytics.service.js' {
  export * from '@nvtt/api/src/modules/analytics/analytics.service.js';
}
declare module '@nvtt/api/dist/modules/analytics/analytics.resolver.js' {
  export * from '@nvtt/api/src/modules/analytics/analytics.resolver.js';
}
declare module '@nvtt/api/dist/graphql/relay.js' {
  export * from '@nvtt/api/src/graphql/relay.js';
}
declare module '@nvtt/api/dist/logger.js' {
  export * from '@nvtt/api/src/logger.js';
}
declare module '@nvtt/api/dist/modules/key-task/key-task-query.service.js' {
  export * from '@nvtt/api/src/modules/key-task/key-task-query.service.js';
}
declare module '@nvtt/api/dist/modules/key-task/key-task.entity.js' {
  export * from '@nvtt/api/src/modules/key-task/key-task.entity.js';
}
declare module '@nvtt/api/dist/modules/analytics/drill-down.order.js' {
  export * from '@nvtt/api/src/modules/analytics/drill-down.order.js';
}
