// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Window } from 'happy-dom';
import { insertText } from './insert-text';

const VERSLAG = 'Meneer wil zelf boodschappen blijven doen.\nHij loopt hooguit 100 meter.';

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

describe('insertText into text fields', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['an empty textarea', '<textarea></textarea>', [0, 0], VERSLAG],
    [
      'the cursor in a textarea',
      '<textarea>Afweging: . Einde.</textarea>',
      [10, 10],
      `Afweging: ${VERSLAG}. Einde.`,
    ],
    [
      'a selection in a textarea',
      '<textarea>Afweging: VERVANG MIJ</textarea>',
      [10, 21],
      `Afweging: ${VERSLAG}`,
    ],
    [
      'a text input, on one line',
      '<input type="text" value="Zaak: ">',
      [6, 6],
      `Zaak: ${VERSLAG.replace('\n', ' ')}`,
    ],
  ])('inserts at %s', (_name, html, [start, end], expected) => {
    const field = mount(html) as HTMLTextAreaElement;
    field.setSelectionRange(start!, end!);

    const actual = insertText(field, VERSLAG, { atEnd: false });

    expect(actual).toBe('inserted');
    expect(field.value).toBe(expected);
  });

  it('appends after a blank line when the field was not chosen by the user', () => {
    const field = mount('<textarea>Eerder verslag.</textarea>') as HTMLTextAreaElement;

    insertText(field, VERSLAG, { atEnd: true });

    expect(field.value).toBe(`Eerder verslag.\n\n${VERSLAG}`);
  });

  it('sets the value through the prototype setter and fires input and change', () => {
    const field = mount('<textarea></textarea>') as HTMLTextAreaElement;
    // What React does: an own `value` property that tracks assignments.
    let tracked = '';
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () =>
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.get!.call(field),
      set: (v: string) => {
        tracked = v;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
          field,
          v,
        );
      },
    });
    const events: string[] = [];
    field.addEventListener('input', (e) => events.push(`${e.type}:${(e as InputEvent).inputType}`));
    field.addEventListener('change', (e) => events.push(e.type));

    insertText(field, 'Hulpvraag: boodschappen.', { atEnd: false });

    expect(field.value).toBe('Hulpvraag: boodschappen.');
    expect(tracked).toBe('');
    expect(events).toEqual(['input:insertText', 'change']);
  });

  it('uses execCommand when the browser supports it, keeping undo', () => {
    const field = mount('<textarea></textarea>') as HTMLTextAreaElement;
    const exec = vi.fn((_cmd: string, _ui: boolean, text: string) => {
      field.value = text;
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    onTestFinished(() => void Reflect.deleteProperty(document, 'execCommand'));

    const actual = insertText(field, 'Tekst', { atEnd: false });

    expect(actual).toBe('inserted');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Tekst');
    expect(field.value).toBe('Tekst');
  });

  it.each([
    ['read-only', '<textarea readonly>vast</textarea>'],
    ['disabled', '<input type="text" disabled>'],
    ['a checkbox', '<input type="checkbox">'],
    ['plain text', '<p>Geen veld</p>'],
  ])('refuses a %s element', (_name, html) => {
    const actual = insertText(mount(html), 'Tekst', { atEnd: false });

    expect(actual).toBe('not-editable');
  });

  it.each([
    ['no element', null],
    ['a removed element', document.createElement('textarea')],
  ])('reports no target for %s', (_name, target) => {
    expect(insertText(target, 'Tekst', { atEnd: false })).toBe('no-target');
  });

  it('never submits the form around the field', () => {
    const form = mount('<form><textarea></textarea><button>Opslaan</button></form>');
    const submitted = vi.fn((e: Event) => e.preventDefault());
    form.addEventListener('submit', submitted);

    insertText(form.querySelector('textarea'), 'Tekst\n', { atEnd: false });

    expect(submitted).not.toHaveBeenCalled();
  });
});

describe('insertText into contenteditable editors', () => {
  it('replaces the selection, as text, keeping line breaks', () => {
    const editor = mount('<div contenteditable="true"><p>Beste meneer, VERVANG.</p></div>');
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 14);
    range.setEnd(text, 21);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const events: string[] = [];
    editor.addEventListener('input', (e) => events.push(e.type));

    const actual = insertText(editor.querySelector('p'), 'u krijgt <b>hulp</b>\nbij vervoer', {
      atEnd: false,
    });

    expect(actual).toBe('inserted');
    expect(editor.querySelector('p')!.innerHTML).toBe(
      'Beste meneer, u krijgt &lt;b&gt;hulp&lt;/b&gt;<br>bij vervoer.',
    );
    expect(editor.querySelector('b')).toBeNull();
    expect(events).toEqual(['input']);
  });

  it('appends at the end when the cursor is elsewhere', () => {
    const editor = mount('<div contenteditable="true">Samenvatting.</div><input id="x">');
    getSelection()!.removeAllRanges();

    insertText(editor, 'Afspraak: belt maandag.', { atEnd: false });

    expect(editor.textContent).toBe('Samenvatting.Afspraak: belt maandag.');
  });

  it('does not edit inside a contenteditable="false" island', () => {
    const editor = mount(
      '<div contenteditable="true"><span contenteditable="false">x</span></div>',
    );

    const actual = insertText(editor.querySelector('span'), 'Tekst', { atEnd: false });

    expect(actual).toBe('not-editable');
  });
});

describe('insertText into iframe editors', () => {
  // A second window stands in for the frame: its own realm, as in a browser.
  function frame(setup: (doc: Document) => void): HTMLIFrameElement {
    document.body.innerHTML = '<iframe title="Editor"></iframe>';
    const iframe = document.querySelector('iframe')!;
    const inner = new Window({ url: 'http://127.0.0.1/editor.html' })
      .document as unknown as Document;
    Object.defineProperty(iframe, 'contentDocument', { value: inner });
    setup(inner);
    return iframe;
  }

  it.each([
    ['a designMode document (TinyMCE style)', (doc: Document) => (doc.designMode = 'on')],
    [
      'a contenteditable body (CKEditor 4 style)',
      (doc: Document) => doc.body.setAttribute('contenteditable', 'true'),
    ],
  ])('writes into %s', (_name, setup) => {
    const iframe = frame((doc) => {
      doc.body.innerHTML = '<p>Verslag:</p>';
      setup(doc);
    });

    const actual = insertText(iframe, 'hulpvraag besproken', { atEnd: true });

    expect(actual).toBe('inserted');
    expect(iframe.contentDocument!.body.textContent).toContain('hulpvraag besproken');
  });

  it('writes into the field focused inside the frame', () => {
    const iframe = frame((doc) => (doc.body.innerHTML = '<textarea></textarea>'));
    const inner = iframe.contentDocument!.querySelector('textarea')!;
    inner.focus();

    insertText(iframe, 'Tekst in het kader', { atEnd: false });

    expect(inner.value).toBe('Tekst in het kader');
  });

  it('reports a frame without an editor as not editable', () => {
    const iframe = frame((doc) => (doc.body.innerHTML = '<p>Alleen lezen</p>'));

    expect(insertText(iframe, 'Tekst', { atEnd: false })).toBe('not-editable');
  });
});
