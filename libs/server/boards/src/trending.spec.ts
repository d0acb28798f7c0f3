import { trendingTerm } from './trending';

describe('trending score', () => {
  it('halves the weight of activity every two days', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const twoDaysLater = new Date(now.getTime() + 2 * 24 * 3600 * 1000);
    expect(trendingTerm(2, now)).toBeCloseTo(trendingTerm(1, twoDaysLater), 10);
  });

  it('ranks recent activity of many people above older activity of one', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const weekAgo = new Date(now.getTime() - 7 * 24 * 3600 * 1000);
    expect(trendingTerm(4, now)).toBeGreaterThan(trendingTerm(20, weekAgo));
  });
});
