import {
  GrowthReportDocument,
  type GrowthInterval,
  type GrowthPointFieldsFragment,
  type GrowthReportQuery,
} from '@boardwalk/client';
import { useQuery } from '../api/use-query';

export type { GrowthInterval };
export type GrowthPoint = GrowthPointFieldsFragment;
export type BoardGrowth = GrowthReportQuery['growth']['topBoards'][number];

/** The range a report covers; the API widens it to whole UTC days. */
export interface GrowthRange {
  from: string;
  to: string;
  interval: GrowthInterval;
}

export function useGrowthReport(range: GrowthRange) {
  return useQuery(GrowthReportDocument, { range });
}
