import { Board } from '@boardwalk/server-boards';
import { CurrentViewer, Viewer } from '@boardwalk/server-core';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BoardHealth, GrowthRangeInput } from './growth-report.model';
import { GrowthReportService } from './growth-report.service';

/** Adds `Board.health`: the boards lib knows nothing of growth. */
@Resolver(() => Board)
export class BoardHealthResolver {
  constructor(private readonly reports: GrowthReportService) {}

  @ResolveField(() => BoardHealth, {
    nullable: true,
    description:
      "The board's moderators and admins only: anyone else gets FORBIDDEN (UNAUTHENTICATED when signed out) on this field, and the rest of the board as usual.",
  })
  health(
    @Parent() board: Board,
    @CurrentViewer() viewer: Viewer | null,
    @Args('range') range: GrowthRangeInput,
  ): Promise<BoardHealth> {
    return this.reports.boardHealth(viewer, board.id, range);
  }
}
