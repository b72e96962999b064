import type { DashboardQuery } from '../gql/graphql';

export type Dashboard = DashboardQuery;
export type MonthRow = DashboardQuery['byMonth']['rows'][number];
export type Totals = DashboardQuery['byMonth']['totals'];
/** A row of the grouped table; rows by month have no municipality or partner type. */
export type GroupRow = MonthRow & Partial<Pick<NonNullable<DashboardQuery['grouped']>['rows'][number], 'municipality' | 'partnerType'>>;
