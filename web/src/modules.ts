import { adminModule } from './admin/module';
import { lawsModule } from './laws/module';
import { reconsiderationWebModule } from '../../modules/reconsideration/web/module';
import { mediationWebModule } from '../../modules/mediation/web/module';
import { legalAidWebModule } from '../../modules/legal-aid/web/module';
import { hotlineWebModule } from '../../modules/hotline/web/module';
import { checkWebModules, type WebModule } from './web-module';

/**
 * The explicit list of enabled web modules, mirroring server/src/modules.ts. The core's
 * administration pages are a module like any other; business modules
 * (`modules/<name>/web/module.tsx`) are appended below it. Nothing is discovered by folder.
 */
export const webModules: readonly WebModule[] = checkWebModules([
  adminModule,
  lawsModule,
  reconsiderationWebModule,
  mediationWebModule,
  legalAidWebModule,
  hotlineWebModule,
]);
