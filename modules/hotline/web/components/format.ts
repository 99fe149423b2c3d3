/** `185` → `3:05` style parts for durations (seconds → minutes and seconds). */
export function durationParts(seconds: number): { m: number; s: number } {
  const total = Math.max(0, Math.round(seconds));
  return { m: Math.floor(total / 60), s: total % 60 };
}
