// The Charts global, as far as embedded-chart code needs it: the ChartType enum.

import type { FakeWorld } from '../world';
import { ChartType } from './enums';
import { expose, type SelfAware } from './handle';

type Charts = GoogleAppsScript.Charts.Charts;

export class FakeCharts implements Pick<Charts, 'ChartType'>, SelfAware<Charts> {
  _self!: Charts;
  readonly ChartType = ChartType as unknown as typeof GoogleAppsScript.Charts.ChartType;
}

export function createCharts(world: FakeWorld): Charts {
  return expose<Charts>(world, 'Charts', new FakeCharts());
}
