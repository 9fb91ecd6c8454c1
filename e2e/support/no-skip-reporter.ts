/**
 * Fails the e2e run when any test was skipped or marked todo: the contract
 * allows no skipped end-to-end test (PRODUCT §4).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class NoSkipReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'skipped') skipped.push(`${module.moduleId} › ${test.fullName}`);
      }
    }
    if (skipped.length > 0) {
      process.exitCode = 1;
      process.stderr.write(
        `\nOvergeslagen e2e-tests zijn niet toegestaan (skipped e2e tests):\n${skipped.join('\n')}\n`,
      );
    }
  }
}
