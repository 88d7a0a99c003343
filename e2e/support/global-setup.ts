import type { TestProject } from 'vitest/node';
import { startProduct } from './product.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** One product for the whole suite; the journeys build on each other's data in order. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_BASE_URL: drive a product already running (while writing journeys); else start a fresh one.
  const external = process.env.E2E_BASE_URL;
  if (external) {
    project.provide('baseUrl', external);
    return async () => {};
  }
  const product = await startProduct();
  project.provide('baseUrl', product.baseUrl);
  return () => product.stop();
}
