export * from './board.model';
export * from './boards.events';
export * from './boards.module';
export { BoardsService, isUuid } from './boards.service';
export type { PostActivity } from './boards.service';
export { TrendingWeights, trendingTerm } from './trending';
export { BOARDS_ENTITIES } from './boards.entities';
export { BOARDS_MIGRATIONS } from './migrations';
