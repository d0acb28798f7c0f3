import { User, AccountsService } from '@boardwalk/server-accounts';
import { CurrentViewer, Loaders, Public, RequestLoaders, Viewer } from '@boardwalk/server-core';
import { Args, ID, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { BoardCompanions } from './board-companions';
import { Board, BoardConnection } from './board.model';
import { BoardsArgs } from './boards.args';
import { BoardsService } from './boards.service';
import { CreateBoardInput } from './create-board.input';
import { UpdateBoardInput } from './update-board.input';
import type { ConnectionShape } from '@boardwalk/server-core';

@Resolver(() => Board)
export class BoardsResolver {
  constructor(
    private readonly boardsService: BoardsService,
    private readonly accounts: AccountsService,
    private readonly companions: BoardCompanions,
  ) {}

  @Public()
  @Query(() => BoardConnection, { description: 'The board directory.' })
  boards(@Args() args: BoardsArgs): Promise<ConnectionShape<Board>> {
    return this.boardsService.list(args);
  }

  @Public()
  @Query(() => Board, { nullable: true })
  board(
    @Args('slug') slug: string,
    @Loaders() loaders: RequestLoaders,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Board | null> {
    // A field another lib reads with the board (its threads) comes in the board's statement.
    return this.boardsService.bySlug(slug, this.companions.plan(info, loaders));
  }

  @Mutation(() => Board, { description: 'Verified members only; the creator becomes moderator.' })
  createBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateBoardInput,
  ): Promise<Board> {
    return this.boardsService.create(viewer, input);
  }

  @Mutation(() => Board, { description: 'Board moderators.' })
  updateBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateBoardInput,
  ): Promise<Board> {
    return this.boardsService.update(viewer, input);
  }

  @Mutation(() => Board, { description: 'Board moderators.' })
  addBoardModerator(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('handle') handle: string,
  ): Promise<Board> {
    return this.boardsService.addModerator(viewer, boardId, handle);
  }

  @Mutation(() => Board, { description: 'Idempotent.' })
  joinBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
  ): Promise<Board> {
    return this.boardsService.join(viewer, boardId);
  }

  @Mutation(() => Board, {
    description: 'Idempotent. The last moderator must name another one to leave.',
  })
  leaveBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
    @Args('newModeratorHandle', { type: () => String, nullable: true })
    newModeratorHandle: string | null,
  ): Promise<Board> {
    return this.boardsService.leave(viewer, boardId, newModeratorHandle);
  }

  @Mutation(() => Board, {
    description:
      'Makes the viewer a moderator of a board whose moderators have all been inactive for 90 days; the viewer must have posted there recently.',
  })
  adoptBoard(
    @CurrentViewer() viewer: Viewer,
    @Args('boardId', { type: () => ID }) boardId: string,
  ): Promise<Board> {
    return this.boardsService.adopt(viewer, boardId);
  }

  @ResolveField(() => User)
  async createdBy(
    @Parent() board: Board,
    @Loaders() loaders: RequestLoaders,
  ): Promise<User | null> {
    return this.accounts.loadById(loaders, board.createdById);
  }

  @ResolveField(() => [User])
  async moderators(@Parent() board: Board, @Loaders() loaders: RequestLoaders): Promise<User[]> {
    const ids = await this.boardsService.loadModeratorIds(loaders, board.id);
    const users = await Promise.all(ids.map((id) => this.accounts.loadById(loaders, id)));
    return users.filter((user): user is User => user !== null);
  }

  @ResolveField(() => Boolean)
  async viewerIsMember(
    @Parent() board: Board,
    @CurrentViewer() viewer: Viewer | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    return (await this.boardsService.loadViewerRole(loaders, viewer, board.id)) !== null;
  }

  @ResolveField(() => Boolean)
  async viewerIsModerator(
    @Parent() board: Board,
    @CurrentViewer() viewer: Viewer | null,
    @Loaders() loaders: RequestLoaders,
  ): Promise<boolean> {
    return (await this.boardsService.loadViewerRole(loaders, viewer, board.id)) === 'moderator';
  }
}
