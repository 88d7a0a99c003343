import { WhenNear } from '../WhenNear';
import { Compare } from './Compare';
import { Coverage } from './Coverage';
import { Heatmap } from './Heatmap';
import { Outcomes } from './Outcomes';
import { Ratings } from './Ratings';
import { Trend } from './Trend';

/**
 * The cards below the dashboard's first screen, in a chunk of their own: the first screen (the
 * headline and the funnel) does not wait for their code, which arrives while it is being read.
 */
export default function LowerSections({ year, years }: { year: number; years: readonly number[] }) {
  return (
    <>
      <div className="dashboard__grid">
        <WhenNear>
          <Compare year={year} />
        </WhenNear>
        <WhenNear>
          <Trend years={years.filter((option) => option <= year)} />
        </WhenNear>
      </div>
      <WhenNear>
        <Heatmap year={year} />
      </WhenNear>
      <div className="dashboard__grid">
        <WhenNear>
          <Outcomes year={year} />
        </WhenNear>
        <WhenNear>
          <Ratings year={year} />
        </WhenNear>
      </div>
      <WhenNear>
        <Coverage year={year} />
      </WhenNear>
    </>
  );
}
