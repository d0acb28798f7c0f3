import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'boardwalk:isPublic';

/** Marks a resolver or route as open to anonymous requests; everything else needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
