import { CurrentViewer, Viewer } from '@boardwalk/server-core';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { StaffDomainsService } from './staff-domains.service';

@Resolver()
export class StaffDomainsResolver {
  constructor(private readonly domains: StaffDomainsService) {}

  @Query(() => [String], {
    description: 'Email domains whose verified accounts are staff. Admins only.',
  })
  staffDomains(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.domains.list(viewer);
  }

  @Mutation(() => [String], {
    description:
      'Replaces the staff domains; staff status of every account follows at once. Admins only.',
  })
  setStaffDomains(
    @CurrentViewer() viewer: Viewer,
    @Args('domains', { type: () => [String] }) domains: string[],
  ): Promise<string[]> {
    return this.domains.set(viewer, domains);
  }
}
