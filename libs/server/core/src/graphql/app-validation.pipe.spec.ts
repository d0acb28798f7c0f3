import { ArgumentMetadata, BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, Min } from 'class-validator';
import { PageArgs } from '../pagination/page.args';
import { AppValidationPipe } from './app-validation.pipe';

class RangeArgs extends PageArgs {
  @IsInt()
  @Min(1)
  days!: number;
}

class NoteInput {
  @IsOptional()
  text?: string;
}

const args = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({
  type: 'body',
  metatype,
  data: undefined,
});

describe('AppValidationPipe', () => {
  const pipe = new AppValidationPipe({ transform: true, whitelist: true }, [PageArgs]);

  it('hands argument classes GraphQL has checked through as they came', async () => {
    const page = Object.assign(Object.create(null), { first: 25, after: 'cursor' });
    await expect(pipe.transform(page, args(PageArgs))).resolves.toBe(page);
  });

  it('validates and transforms every other class as Nest does', async () => {
    const note = await pipe.transform({ text: 'hello', extra: 'dropped' }, args(NoteInput));
    expect(note).toBeInstanceOf(NoteInput);
    expect({ ...note }).toEqual({ text: 'hello' });
  });

  it('validates subclasses of an exempt class by their own rules', async () => {
    await expect(pipe.transform({ first: 5, days: 0 }, args(RangeArgs))).rejects.toBeInstanceOf(
      BadRequestException,
    );
    const range = await pipe.transform({ first: 5, days: 7 }, args(RangeArgs));
    expect(range).toBeInstanceOf(RangeArgs);
    expect({ ...range }).toEqual({ first: 5, days: 7 });
  });
});
