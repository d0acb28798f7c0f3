import type { RequestLoaders } from '@boardwalk/server-core';
import { Injectable } from '@nestjs/common';
import { FieldNode, GraphQLResolveInfo, Kind } from 'graphql';
import type { Board } from './board.model';

/**
 * A value another lib reads in the board's own statement, so that a page asking for a board
 * and, say, its first threads costs one round trip to the database instead of two. It is a
 * scalar subquery correlated on `board.id` (a page of rows is best read as one JSON value);
 * the lib that answers the Board field hands the value to that field's resolver itself, and
 * the resolver reads on its own whenever no companion ran.
 */
export interface BoardCompanion {
  /** Names the prepared statement, with the board's: the same name must mean the same text. */
  readonly name: string;
  /** The subquery; its parameters are numbered from `firstParameter` on. */
  sql(firstParameter: number): string;
  readonly parameters: readonly unknown[];
  /** Takes the subquery's value (parsed JSON, or its text on drivers that leave it as text). */
  receive(board: Board, value: unknown): void;
}

/**
 * Plans a companion for one selection of a Board field, or returns null to leave the field to
 * its resolver (e.g. arguments its resolver will refuse).
 */
export type BoardCompanionPlanner = (
  field: FieldNode,
  info: GraphQLResolveInfo,
  loaders: RequestLoaders,
) => BoardCompanion | null;

/** The Board fields other libs can read with the board; filled by those libs at start-up. */
@Injectable()
export class BoardCompanions {
  private readonly planners = new Map<string, BoardCompanionPlanner>();

  register(field: string, planner: BoardCompanionPlanner): void {
    this.planners.set(field, planner);
  }

  /**
   * The companion for the first field selected directly under the board (not in a fragment nor
   * under a directive, which the resolvers handle as usual) that a lib can read with it.
   */
  plan(info: GraphQLResolveInfo, loaders: RequestLoaders): BoardCompanion | null {
    if (this.planners.size === 0) return null;
    for (const selection of info.fieldNodes[0]?.selectionSet?.selections ?? []) {
      if (selection.kind !== Kind.FIELD || selection.directives?.length) continue;
      const planner = this.planners.get(selection.name.value);
      const companion = planner?.(selection, info, loaders);
      if (companion) return companion;
    }
    return null;
  }
}
