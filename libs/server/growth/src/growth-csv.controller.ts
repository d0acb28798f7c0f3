import { CurrentViewer, Viewer, badInput } from '@boardwalk/server-core';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { growthCsv } from './growth-csv';
import { GrowthInterval } from './growth-range';
import { GrowthReportService } from './growth-report.service';

function timeParam(name: string, value: unknown): Date {
  const at = typeof value === 'string' && value !== '' ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) {
    throw badInput(`${name} must be an ISO-8601 time.`, { field: name });
  }
  return at;
}

function intervalParam(value: unknown): GrowthInterval {
  if (value === undefined || value === '') return GrowthInterval.DAY;
  if (typeof value === 'string' && value.toUpperCase() in GrowthInterval) {
    return value.toUpperCase() as GrowthInterval;
  }
  throw badInput('interval must be DAY, WEEK or MONTH.', { field: 'interval' });
}

/** `GET /admin/growth.csv?from=&to=&interval=`: the growth report's buckets for spreadsheets. */
@Controller('admin')
export class GrowthCsvController {
  constructor(private readonly reports: GrowthReportService) {}

  @Get('growth.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @Query('interval') interval: unknown,
  ): Promise<string> {
    const report = await this.reports.report(viewer, {
      from: timeParam('from', from),
      to: timeParam('to', to),
      interval: intervalParam(interval),
    });
    // Set once the report is made: a refusal is a JSON error, not a file to download.
    reply
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="boardwalk-growth.csv"')
      .header('Cache-Control', 'no-store');
    return growthCsv(report.points);
  }
}
