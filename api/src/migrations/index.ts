import { Initial1763900000000 } from './1763900000000-Initial';

// Listed explicitly (not globbed) so the bundled API finds them; append new ones at the end.
export const MIGRATIONS: Array<new () => unknown> = [Initial1763900000000];
