import { CreateGrowthRollups1795422206947 } from './1795422206947-CreateGrowthRollups';

export const GROWTH_MIGRATIONS = [CreateGrowthRollups1795422206947];
