import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from './page-info.model';

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Builds the Relay connection type of a node: `XConnection { edges { cursor node } pageInfo }`. */
export function Connection<T>(
  nodeType: Type<T>,
  nodeName = nodeType.name,
): Type<ConnectionShape<T>> {
  @ObjectType(`${nodeName}Edge`)
  class EdgeType implements Edge<T> {
    @Field()
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }

  return ConnectionType as Type<ConnectionShape<T>>;
}
