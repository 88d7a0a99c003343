import type { Browser } from 'playwright-core';
import { inject } from 'vitest';

/** What the journeys share, in order: the browser, the product, and the story so far. */
export interface Story {
  browser: Browser;
  baseUrl: string;
  /** The year of the cycle Ban Tổ chức opens in the first journey. */
  year: number;
  /** The cadre's three task titles. */
  titles: string[];
  /** The cadre's dossier path (`/cadres/:id/:year`). */
  dossierPath: string;
}

export function baseUrl(): string {
  return inject('baseUrl');
}
