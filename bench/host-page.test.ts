// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { hostPageHtml } from './host-page';

describe('hostPageHtml', () => {
  it('has at least 10,000 elements, a verslag field and no script', () => {
    const doc = new DOMParser().parseFromString(hostPageHtml(), 'text/html');

    expect(doc.getElementsByTagName('*').length).toBeGreaterThanOrEqual(10_000);
    expect(doc.querySelector('textarea#verslag')).not.toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});
