import { seedDemoOrganisations } from '@tianping/server/org/org.seed-demo';
import type { VolumeSeeder } from '../volume-seeder';

/**
 * The organisation tree exactly as the org module's demo seed builds it: city bureau → 16
 * district bureaus → one 司法所 per street or town, the district legal-aid and public-legal-
 * service centres, the reconsideration office, notary offices, a sample of mediation
 * committees. Using the module's own seed keeps the bench tree and the demo tree one shape.
 */
export const orgTreeSeeder: VolumeSeeder = {
  name: 'orgTree',
  description: 'organisation tree (org module demo seed)',
  async seed({ kernel }) {
    const byType = await seedDemoOrganisations(kernel);
    const total = Object.values(byType).reduce((a, b) => a + b, 0);
    const notes = [
      `by type: ${Object.entries(byType)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    ];
    return { rows: { organisations: total }, notes };
  },
};
