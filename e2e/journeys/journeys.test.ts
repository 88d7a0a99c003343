import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { baseUrl, type Story } from '../support/context.js';
import { btcOpensCycle } from './open-cycle.js';
import { cadreRegisters } from './registration.js';
import { consultAndAssign } from './assignment.js';
import { cadreCarriesOut, concludedAndRated, resultsReviewed } from './evaluation.js';
import { otherCadreRefused } from './refusal.js';
import { analystBuildsView, standingCommitteeDrillsDown } from './oversight.js';

const story = { titles: [], year: 0, dossierPath: '' } as unknown as Story;

beforeAll(async () => {
  story.browser = await launchBrowser();
  story.baseUrl = baseUrl();
});
afterAll(() => story.browser?.close());

// The journeys build on each other, in this order, on one product and one browser.
describe.sequential('every role’s journey', () => {
  it('Ban Tổ chức opens a cycle and sets its deadlines', () => btcOpensCycle(story));
  it('a cadre registers three tasks; the focal agency returns one; the cadre fixes it', () => cadreRegisters(story));
  it('advisory agencies comment, Ban Tổ chức proposes, the Standing Committee assigns', () => consultAndAssign(story));
  it('the cadre files a plan, reports progress and self-assesses', () => cadreCarriesOut(story));
  it('the focal agency appraises, advisory agencies comment, Ban Tổ chức consolidates', () => resultsReviewed(story));
  it('the Standing Committee concludes and records the rating', () => concludedAndRated(story));
  it('a Standing Committee member goes from the dashboard to a cadre’s opinions', () =>
    standingCommitteeDrillsDown(story));
  it('an analyst builds, saves and reopens a comparative view and exports it', () => analystBuildsView(story));
  it('a cadre cannot open another cadre’s dossier', () => otherCadreRefused(story));
});
