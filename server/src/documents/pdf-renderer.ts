import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and the usual images install Chromium. */
const chromiumCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless print run that talks to nobody. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string | undefined {
  return chromiumCandidates.find((p) => existsSync(p));
}

export interface PdfAvailability {
  available: boolean;
  reason: string | null;
}

export async function pdfAvailability(): Promise<PdfAvailability> {
  if (!findChromium()) return { available: false, reason: `Chromium not found (${chromiumCandidates.join(', ')})` };
  try {
    await import('playwright-core');
    return { available: true, reason: null };
  } catch {
    return { available: false, reason: 'playwright-core is not installed' };
  }
}

/** One print job at a time: each launches its own short-lived browser. */
let queue: Promise<unknown> = Promise.resolve();

/** Prints HTML (with its own `@page` rules) to PDF in headless Chromium. */
export function renderPdf(html: string): Promise<Buffer> {
  const job = queue.then(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('Chromium not found');
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      // The document is self-contained: no request may leave the machine.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      await page.setContent(html, { waitUntil: 'load' });
      return Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      await browser.close();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
