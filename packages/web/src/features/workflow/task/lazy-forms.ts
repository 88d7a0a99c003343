import { lazy } from 'react';

// The task page's forms load after the task is on screen: with them come react-hook-form, zod and
// the shared registration schemas (≈40 KB gzip), which reading a task does not need.
export const TaskDraftForm = lazy(() =>
  import('../my-tasks/TaskDraftForm').then((module) => ({ default: module.TaskDraftForm })),
);
export const PlanForm = lazy(() => import('./CadreForms').then((module) => ({ default: module.PlanForm })));
export const ProgressForm = lazy(() => import('./CadreForms').then((module) => ({ default: module.ProgressForm })));
export const SelfAssessForm = lazy(() => import('./CadreForms').then((module) => ({ default: module.SelfAssessForm })));
export const OpinionForm = lazy(() => import('./ReviewForms').then((module) => ({ default: module.OpinionForm })));
export const ResultAppraiseForm = lazy(() =>
  import('./ReviewForms').then((module) => ({ default: module.ResultAppraiseForm })),
);
export const EvidenceDocumentForm = lazy(() =>
  import('./evidence/EvidenceDocumentForm').then((module) => ({ default: module.EvidenceDocumentForm })),
);
export const SimpleActionForm = lazy(() =>
  import('./SimpleActionForm').then((module) => ({ default: module.SimpleActionForm })),
);
export const EvidenceUpload = lazy(() =>
  import('./evidence/EvidenceUpload').then((module) => ({ default: module.EvidenceUpload })),
);
