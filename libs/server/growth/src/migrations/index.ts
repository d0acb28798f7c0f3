import { CreateGrowthRollups1795423103467 } from './1795423103467-CreateGrowthRollups';

export const GROWTH_MIGRATIONS = [CreateGrowthRollups1795423103467];
