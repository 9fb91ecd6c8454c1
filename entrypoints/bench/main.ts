/**
 * Bench build only: exposes the real vault services to the benchmark runner as
 * `window.zijlijnBench` (bench/page/bench-api.ts). Never in store or demo builds.
 */
import { createBenchApi } from '../../bench/page/bench-api';

(window as unknown as { zijlijnBench: unknown }).zijlijnBench = createBenchApi();
