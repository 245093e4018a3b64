import { Initial1763900000000 } from './1763900000000-Initial';
import { Participation1763910000000 } from './1763910000000-Participation';
import { Questionnaires1763920000000 } from './1763920000000-Questionnaires';
import { Synthesis1763930000000 } from './1763930000000-Synthesis';
import { Prioritisation1763940000000 } from './1763940000000-Prioritisation';
import { Privacy1763950000000 } from './1763950000000-Privacy';
import { MailOutbox1763960000000 } from './1763960000000-MailOutbox';
import { AgendaSnapshot1763970000000 } from './1763970000000-AgendaSnapshot';

// Listed explicitly (not globbed) so the bundled API finds them; append new ones at the end.
export const MIGRATIONS: Array<new () => unknown> = [
  Initial1763900000000,
  Participation1763910000000,
  Questionnaires1763920000000,
  Synthesis1763930000000,
  Prioritisation1763940000000,
  Privacy1763950000000,
  MailOutbox1763960000000,
  AgendaSnapshot1763970000000,
];
