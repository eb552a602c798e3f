import type { CliIo } from './runtime';

/** A one-line progress bar on stderr (a line per file when stderr is not a terminal). @internal */
export function progressBar(io: Pick<CliIo, 'err' | 'stderrIsTTY'>): { update(label: string, done: number, total: number | undefined): void; done(): void } {
  let lastLabel = '';
  let lastDraw = 0;
  let drawn = false;
  const mb = (n: number): string => (n / 1e6).toFixed(1);
  return {
    update(label, done, total) {
      if (!io.stderrIsTTY) {
        if (label !== lastLabel) io.err(`${label}...\n`);
        lastLabel = label;
        return;
      }
      const now = Date.now();
      if (label === lastLabel && now - lastDraw < 100 && done !== total) return;
      lastLabel = label;
      lastDraw = now;
      drawn = true;
      const width = 30;
      const fraction = total ? Math.min(1, done / total) : 0;
      const bar = total ? `[${'#'.repeat(Math.round(fraction * width)).padEnd(width)}] ${(fraction * 100).toFixed(0).padStart(3)}%` : '[downloading...]';
      io.err(`\r${bar} ${mb(done)}${total ? `/${mb(total)}` : ''} MB ${label.slice(-40)}\u001b[K`);
    },
    done() {
      if (drawn) io.err('\n');
      drawn = false;
    },
  };
}
