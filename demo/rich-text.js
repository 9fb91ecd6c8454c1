/**
 * The small rich-text editor of the onderzoeksverslag screen (a contenteditable with a
 * bold / italic / list toolbar on document.execCommand), kept in sync with a hidden input.
 */
'use strict';

(function () {
  function wireRichText(form) {
    var editor = document.getElementById('samenvatting-inwoner');
    var hidden = document.getElementById('samenvatting-inwoner-html');
    var buttons = form.querySelectorAll('.rte__button');
    var savedRange = null;

    function syncState() {
      Array.prototype.forEach.call(buttons, function (button) {
        var active = document.queryCommandState(button.getAttribute('data-command'));
        button.setAttribute('aria-pressed', String(active));
      });
    }

    function selectionInEditor() {
      var selection = window.getSelection();
      return selection.rangeCount > 0 && editor.contains(selection.anchorNode);
    }

    // Remember the caret when the editor loses focus, so a toolbar button acts where the user was.
    editor.addEventListener('blur', function () {
      if (selectionInEditor()) savedRange = window.getSelection().getRangeAt(0).cloneRange();
    });
    document.addEventListener('selectionchange', function () {
      if (selectionInEditor()) syncState();
    });

    function restoreCaret() {
      var keep = selectionInEditor();
      editor.focus();
      if (keep || !savedRange) return;
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(savedRange);
    }

    /** Characters before a collapsed caret, or -1 when text is selected. */
    function caretOffset() {
      var selection = window.getSelection();
      if (!selection.rangeCount || !selection.isCollapsed) return -1;
      var range = document.createRange();
      range.selectNodeContents(editor);
      range.setEnd(selection.anchorNode, selection.anchorOffset);
      return range.toString().length;
    }

    function setCaretOffset(offset) {
      var walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      var node = walker.nextNode();
      while (node && offset > node.length) {
        offset -= node.length;
        node = walker.nextNode();
      }
      if (!node) return;
      window.getSelection().collapse(node, offset);
    }

    Array.prototype.forEach.call(buttons, function (button) {
      // Keep the focus in the editor when a button is clicked with the mouse.
      button.addEventListener('mousedown', function (event) {
        event.preventDefault();
      });
      button.addEventListener('click', function () {
        var command = button.getAttribute('data-command');
        restoreCaret();
        var offset = command === 'insertUnorderedList' ? caretOffset() : -1;
        document.execCommand(command, false);
        // Chromium puts the caret at the start of a new list item; put it back where it was.
        if (offset >= 0) setCaretOffset(offset);
        syncState();
      });
    });
    document.execCommand('defaultParagraphSeparator', false, 'p');
    editor.addEventListener('input', function () {
      hidden.value = editor.innerHTML;
    });
    document.getElementById('samenvatting-label').addEventListener('click', function () {
      editor.focus();
    });
  }

  window.Zijlstad.wireRichText = wireRichText;
})();
