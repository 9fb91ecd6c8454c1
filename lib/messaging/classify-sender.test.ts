import { describe, expect, it } from 'vitest';
import { classifySender } from './classify-sender';

const ID = 'nljkgbkkobbpgjaaiagdgliaddhianif';
const EXT = `chrome-extension://${ID}`;

describe('classifySender', () => {
  it.each([
    ['side panel', { id: ID, url: `${EXT}/sidepanel.html`, origin: EXT }, 'panel'],
    [
      'side panel opened in a tab',
      { id: ID, url: `${EXT}/sidepanel.html#/`, origin: EXT, tab: { id: 4 } },
      'panel',
    ],
    ['options page', { id: ID, url: `${EXT}/options.html`, origin: EXT }, 'options'],
    ['options page, no sender.origin (Firefox)', { id: ID, url: `${EXT}/options.html` }, 'options'],
    [
      'content script, top frame',
      {
        id: ID,
        url: 'http://127.0.0.1:8080/zaak.html',
        origin: 'http://127.0.0.1:8080',
        tab: { id: 7 },
        frameId: 0,
      },
      'content',
    ],
    [
      'content script, subframe',
      { id: ID, url: 'http://127.0.0.1:8080/editor.html', tab: { id: 7 }, frameId: 3 },
      'content',
    ],
    [
      'another extension',
      {
        id: 'abcdefghijklmnopabcdefghijklmnop',
        url: `chrome-extension://abcdefghijklmnopabcdefghijklmnop/x.html`,
      },
      'foreign',
    ],
    [
      'a page claiming our panel path',
      { id: 'x', url: 'https://evil.example/sidepanel.html', tab: { id: 1 } },
      'foreign',
    ],
    [
      'an unknown extension page of ours',
      { id: ID, url: `${EXT}/other.html`, origin: EXT },
      'foreign',
    ],
    ['no id at all', { url: `${EXT}/sidepanel.html` }, 'foreign'],
    ['our id without a tab and not our origin', { id: ID, url: 'https://example.nl/' }, 'foreign'],
  ])('classifies %s', (_name, sender, expected) => {
    const actual = classifySender(sender, ID).kind;

    expect(actual).toBe(expected);
  });

  it('keeps the tab and frame of a content script', () => {
    const actual = classifySender(
      { id: ID, url: 'http://127.0.0.1/', tab: { id: 9 }, frameId: 2 },
      ID,
    );

    expect(actual).toEqual({ kind: 'content', tabId: 9, frameId: 2 });
  });
});
