import { CreateModeration1795422038671 } from './1795422038671-CreateModeration';
import { AutomaticModerator1795424517320 } from './1795424517320-AutomaticModerator';

export const MODERATION_MIGRATIONS = [
  CreateModeration1795422038671,
  AutomaticModerator1795424517320,
];
