import { lazy } from 'react';

// recharts is the heaviest dependency: it loads only when a chart is first drawn.
export const RankedBars = lazy(() => import('./charts/Charts').then((module) => ({ default: module.RankedBars })));
export const TrendLines = lazy(() => import('./charts/Charts').then((module) => ({ default: module.TrendLines })));
export const StackedBars = lazy(() => import('./charts/Charts').then((module) => ({ default: module.StackedBars })));
