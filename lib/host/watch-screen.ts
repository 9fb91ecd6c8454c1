/**
 * One debounced MutationObserver for single-page apps that swap screens
 * without a navigation. Only child-list changes; the work after the quiet
 * period is a few selector queries (match-adapter), never a DOM walk.
 */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export function watchScreen(
  root: Node,
  onQuiet: () => void,
  timers: Timers,
  quietMs = 400,
): () => void {
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) timers.clearTimeout(timer);
    timer = timers.setTimeout(() => {
      timer = undefined;
      onQuiet();
    }, quietMs);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
