import { Initial1763900000000 } from './1763900000000-Initial';
import { Participation1763910000000 } from './1763910000000-Participation';
import { Questionnaires1763920000000 } from './1763920000000-Questionnaires';

// Listed explicitly (not globbed) so the bundled API finds them; append new ones at the end.
export const MIGRATIONS: Array<new () => unknown> = [
  Initial1763900000000,
  Participation1763910000000,
  Questionnaires1763920000000,
];
