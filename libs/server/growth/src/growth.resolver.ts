import { Board, BoardsService } from '@boardwalk/server-boards';
import { CurrentViewer, Loaders, RequestLoaders, Viewer } from '@boardwalk/server-core';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardGrowth, GrowthRangeInput, GrowthReport } from './growth-report.model';
import { GrowthReportService } from './growth-report.service';

@Resolver(() => GrowthReport)
export class GrowthResolver {
  constructor(private readonly reports: GrowthReportService) {}

  @Query(() => GrowthReport, { description: 'Admins only: growth by real conversation.' })
  growth(
    @CurrentViewer() viewer: Viewer,
    @Args('range') range: GrowthRangeInput,
  ): Promise<GrowthReport> {
    return this.reports.report(viewer, range);
  }
}

@Resolver(() => BoardGrowth)
export class BoardGrowthResolver {
  constructor(private readonly boards: BoardsService) {}

  @ResolveField(() => Board, { description: 'The board these figures are about.' })
  async board(@Parent() growth: BoardGrowth, @Loaders() loaders: RequestLoaders): Promise<Board> {
    const board = await this.boards.loadById(loaders, growth.boardId);
    if (!board) throw new Error(`Board ${growth.boardId} of a growth rollup is missing`);
    return board;
  }
}
