import { defineServerModule } from '../core/module';
import { importLawLibrary } from './law-import.service';
import { lawsMigrations } from './migrations';
import { lawsRoutes } from './laws.routes';
import './tables';

/**
 * The law library: statutes, regulations and judicial interpretations shipped in
 * server/data/laws, imported into laws and articles, searchable through the search core,
 * citable by article id. Public (the portal's 法律法规库).
 */
export const lawsModule = defineServerModule({
  id: 'laws',
  label: { zh: '法律法规库', en: 'Law library' },
  migrations: lawsMigrations,
  routes: lawsRoutes,
  async seed(kernel) {
    await importLawLibrary(kernel.db, undefined, kernel.log);
  },
  portalServices: [
    {
      key: 'laws',
      zh: '法律法规库',
      en: 'Law library',
      descriptionZh: '查阅、检索司法行政工作常用的法律、行政法规和司法解释条文',
      descriptionEn: 'Read and search the laws, regulations and judicial interpretations used in judicial administration',
      path: '/portal/laws',
      icon: 'book',
    },
  ],
});
