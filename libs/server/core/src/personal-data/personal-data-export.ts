import { Injectable } from '@nestjs/common';

export type PersonalDataSection = (userId: string) => Promise<unknown>;

/**
 * The parts of a member's data export. Each domain lib registers the section it owns at start
 * (profile, boards, threads, posts, notifications), so the export needs no lib's internals.
 */
@Injectable()
export class PersonalDataExport {
  private readonly sections = new Map<string, PersonalDataSection>();

  register(name: string, section: PersonalDataSection): void {
    this.sections.set(name, section);
  }

  async collect(userId: string): Promise<Record<string, unknown>> {
    const result: Record<string, unknown> = { exportedAt: new Date().toISOString() };
    for (const [name, section] of this.sections) result[name] = await section(userId);
    return result;
  }
}
