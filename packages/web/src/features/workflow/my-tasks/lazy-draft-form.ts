import { lazy } from 'react';

// The draft form (react-hook-form, zod, the shared registration schemas) opens on demand. Not taken from
// task/lazy-forms: sharing that module made it a chunk of its own on the task page's first screen.
export const TaskDraftForm = lazy(() =>
  import('./TaskDraftForm').then((module) => ({ default: module.TaskDraftForm })),
);
