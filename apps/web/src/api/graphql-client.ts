import { createGraphqlClient } from '@boardwalk/client';

/** The app's one client: same-origin `/graphql`, authenticated by the session cookie. */
export const graphqlClient = createGraphqlClient();
export const request = graphqlClient.request;
