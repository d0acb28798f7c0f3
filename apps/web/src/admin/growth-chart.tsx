import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { GrowthPoint } from './use-growth-report';

// Only what a line chart needs, so the growth page's chunk stays small.
Chart.register(
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

/** Conversation measures over time; the vanity counts (new sign-ups alone) are not the headline. */
const SERIES: Array<{ key: keyof GrowthPoint; label: string; colour: string }> = [
  { key: 'activeMembers', label: 'Active members', colour: '#0b57d0' },
  { key: 'memberToMemberReplies', label: 'Member-to-member replies', colour: '#116329' },
  { key: 'staffReplies', label: 'Staff replies', colour: '#6b2fb3' },
  { key: 'unansweredThreads', label: 'Unanswered threads', colour: '#b3261e' },
];

export function GrowthChart({ points }: { points: GrowthPoint[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: points.map((point) => point.start.slice(0, 10)),
        datasets: SERIES.map((series) => ({
          label: series.label,
          data: points.map((point) => Number(point[series.key] ?? 0)),
          borderColor: series.colour,
          backgroundColor: series.colour,
          tension: 0.2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [points]);

  return (
    <div className="growth-chart">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Active members, member-to-member replies, staff replies and unanswered threads over time; the same figures are in the table of the chart's figures below."
      />
    </div>
  );
}
