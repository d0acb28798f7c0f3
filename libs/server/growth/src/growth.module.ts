import { BoardsModule } from '@boardwalk/server-boards';
import { Module } from '@nestjs/common';
import { BoardHealthResolver } from './board-health.resolver';
import { GrowthCsvController } from './growth-csv.controller';
import { GrowthReportService } from './growth-report.service';
import { GrowthRollupService } from './growth-rollup.service';
import { BoardGrowthResolver, GrowthResolver } from './growth.resolver';

@Module({
  imports: [BoardsModule],
  controllers: [GrowthCsvController],
  providers: [
    GrowthRollupService,
    GrowthReportService,
    GrowthResolver,
    BoardGrowthResolver,
    BoardHealthResolver,
  ],
  exports: [GrowthRollupService, GrowthReportService],
})
export class GrowthModule {}
