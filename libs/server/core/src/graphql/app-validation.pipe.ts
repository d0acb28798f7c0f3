import { ArgumentMetadata, Type, ValidationPipe, ValidationPipeOptions } from '@nestjs/common';

/**
 * The app's pipe for every GraphQL argument and HTTP body: Nest's ValidationPipe, except for
 * argument classes that GraphQL has already checked in full and whose values their services
 * bound themselves (`PageArgs`: two nullable scalars, which keysetPage and pageSize check). For
 * those, class-transformer and class-validator would only copy the object, for 2.5% of a board
 * page's CPU in its profile. Subclasses of such a class add rules of their own and are
 * validated as usual.
 */
export class AppValidationPipe extends ValidationPipe {
  private readonly checkedByGraphql: ReadonlySet<Type>;

  constructor(options: ValidationPipeOptions, checkedByGraphql: readonly Type[]) {
    super(options);
    this.checkedByGraphql = new Set(checkedByGraphql);
  }

  protected override toValidate(metadata: ArgumentMetadata): boolean {
    const { metatype } = metadata;
    return !(metatype && this.checkedByGraphql.has(metatype)) && super.toValidate(metadata);
  }
}
