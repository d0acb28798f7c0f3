import { useState } from 'react';
import { Link } from 'react-router-dom';
import { AdminOnly } from '../admin/admin-only';
import { GrowthChart } from '../admin/growth-chart';
import { GrowthCsvLink } from '../admin/growth-csv-link';
import { GrowthPointsTable, GrowthTotals, TopBoards } from '../admin/growth-figures';
import { defaultGrowthRange, GrowthRangeForm } from '../admin/growth-range-form';
import { useGrowthReport, type GrowthRange } from '../admin/use-growth-report';
import { errorMessage } from '../api/error-message';
import { ErrorNotice } from '../components/error-notice';
import { Loading } from '../components/loading';
import { PageTitle } from '../components/page-title';

function GrowthReportView({ range }: { range: GrowthRange }) {
  const { data, error, loading } = useGrowthReport(range);
  if (error) return <ErrorNotice message={errorMessage(error)} />;
  if (loading && !data) return <Loading label="Building the report…" />;
  if (!data) return null;
  const report = data.growth;
  return (
    <>
      <GrowthCsvLink range={range} />
      <GrowthChart points={report.points} />
      <GrowthPointsTable points={report.points} interval={range.interval} />
      <div className="growth-tables">
        <GrowthTotals totals={report.totals} />
        <TopBoards boards={report.topBoards} />
      </div>
    </>
  );
}

export default function GrowthPage() {
  const [range, setRange] = useState<GrowthRange>(() => defaultGrowthRange());
  return (
    <AdminOnly title="Growth reports">
      <section>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to="/admin">Admin</Link>
        </nav>
        <PageTitle>Growth reports</PageTitle>
        <p className="lead">
          Real conversation, not vanity counts: who is active, whether members answer each other,
          and how fast people get a reply.
        </p>
        <GrowthRangeForm range={range} onChange={setRange} />
        <GrowthReportView range={range} />
      </section>
    </AdminOnly>
  );
}
