import { BoardsService } from '@boardwalk/server-boards';
import { Viewer, forbidden, notFound, unauthenticated } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { buildBoardHealth } from './board-health';
import { addDays, utcDay } from './growth-days';
import { GrowthInterval, GrowthRange, growthRange } from './growth-range';
import type { BoardHealth, GrowthReport } from './growth-report.model';
import { buildGrowthReport } from './growth-report';
import { rollupState } from './growth-rollup';
import { GrowthRollupService } from './growth-rollup.service';

/** Days not yet complete are re-rolled for a report at most this often (shared by instances). */
export const FRESHNESS_MS = 60 * 1000;

export interface GrowthRangeArgs {
  from: Date;
  to: Date;
  interval?: GrowthInterval | null;
}

@Injectable()
export class GrowthReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollup: GrowthRollupService,
    private readonly boards: BoardsService,
  ) {}

  /** Admins only. */
  async report(viewer: Viewer | null, args: GrowthRangeArgs): Promise<GrowthReport> {
    if (!viewer) throw unauthenticated();
    if (!viewer.isAdmin) throw forbidden('Only admins can see growth reports.');
    const range = growthRange(args.from, args.to, args.interval ?? GrowthInterval.DAY);
    await this.ensureFresh(range);
    return buildGrowthReport(this.dataSource, range);
  }

  /** The board's moderators and admins only. */
  async boardHealth(
    viewer: Viewer | null,
    boardId: string,
    args: GrowthRangeArgs,
  ): Promise<BoardHealth> {
    if (!viewer) throw unauthenticated();
    if (!viewer.isAdmin && !(await this.boards.isModerator(boardId, viewer.userId))) {
      throw forbidden("Only the board's moderators and admins can see its health.");
    }
    if (!(await this.boards.findById(boardId))) throw notFound('Board');
    const range = growthRange(args.from, args.to, args.interval ?? GrowthInterval.DAY);
    await this.ensureFresh(range);
    return buildBoardHealth(this.dataSource, boardId, range);
  }

  /**
   * Completed days are final in the rollups; a range reaching later days (today) has them
   * re-rolled first, unless some instance did so in the last minute.
   */
  private async ensureFresh(range: GrowthRange): Promise<void> {
    const { completedThrough, refreshedAt } = await rollupState(this.dataSource);
    const settled = completedThrough !== null && range.to <= addDays(completedThrough, 1);
    if (settled || range.from > utcDay(new Date())) return;
    if (refreshedAt && Date.now() - refreshedAt.getTime() < FRESHNESS_MS) return;
    await this.rollup.runOnce();
  }
}
