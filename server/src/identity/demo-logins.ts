import type { Kernel } from '../core/module';

/** Printed after the first start so a visitor can sign in (demo instances only). */
export function printDemoLogins(kernel: Kernel, publicUrl: string) {
  const lines = [`天平 Tianping is running: ${publicUrl}`, `  workbench 工作台: ${publicUrl}/workbench   portal 门户: ${publicUrl}/portal`];
  console.log(lines.join('\n'));
  void kernel;
}
