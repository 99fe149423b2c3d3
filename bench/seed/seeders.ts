import { lawFirmsSeeder } from './seeders/law-firms.seeder';
import { mediationCommitteesSeeder } from './seeders/mediation-committees.seeder';
import { orgTreeSeeder } from './seeders/org-tree.seeder';
import { staffSeeder } from './seeders/staff.seeder';
import { todosSeeder } from './seeders/todos.seeder';
import type { VolumeSeeder } from './volume-seeder';
import { reconsiderationVolumeSeeder } from '../../modules/reconsideration/server/seed-volume';
import { mediationVolumeSeeder } from '../../modules/mediation/server/seed-volume';
import { legalAidVolumeSeeder } from '../../modules/legal-aid/server/seed-volume';
import { hotlineVolumeSeeder } from '../../modules/hotline/server/seed-volume';

/**
 * The bench volume, in order (parents before the records that point at them). Append new
 * slices here — cases (~6 million), hotline records (~5 million) — each in its own file under
 * `seeders/`; an existing bench database then gets just the new slice on the next run.
 */
export const volumeSeeders: readonly VolumeSeeder[] = [
  orgTreeSeeder,
  mediationCommitteesSeeder,
  lawFirmsSeeder,
  staffSeeder,
  todosSeeder,
  reconsiderationVolumeSeeder,
  mediationVolumeSeeder,
  legalAidVolumeSeeder,
  hotlineVolumeSeeder,
];
