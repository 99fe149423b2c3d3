import { z } from 'zod';
import type { AppInstance, Kernel } from '../core/module';

const testClockSchema = z.strictObject({
  /** The instant the server should take as now; null returns to the real time. */
  now: z.iso.datetime({ offset: true }).nullable(),
});

/**
 * Browser journeys move the server's clock to watch deadlines pass (a review period lapsing into
 * deemed acceptance, a case going overdue). Registered only with TEST_CLOCK=on, never in production:
 * the clock shifts by the difference, so time keeps running from the chosen instant.
 */
export function testClockRoutes(app: AppInstance, kernel: Kernel) {
  if (!kernel.config.testClock) return;
  app.put(
    '/system/test-clock',
    {
      config: { access: 'public' },
      schema: {
        tags: ['system'],
        summary: '测试时钟（仅 TEST_CLOCK=on）Test clock',
        body: testClockSchema,
        response: { 200: z.object({ now: z.string() }) },
      },
    },
    async (req) => {
      const offset = req.body.now === null ? 0 : new Date(req.body.now).getTime() - Date.now();
      kernel.clock.now = () => new Date(Date.now() + offset);
      kernel.log.warn({ offsetMs: offset }, 'test clock moved');
      return { now: kernel.clock.now().toISOString() };
    },
  );
}
