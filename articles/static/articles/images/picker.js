// The body editor's "Browse…" window. django-prose-editor's figure dialog
// opens it with ?CKEditorFuncNum=N and waits for the CKEditor-style callback:
// (address, {id, alternative_text, caption}). The id becomes data-file on the
// <img>, which the public page renders through the renditions.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const grid = document.querySelector("[data-picker-callback]");
  if (!grid) return;
  const callback = grid.dataset.pickerCallback;
  const editor = window.opener && window.opener.CKEDITOR;
  if (!callback || !editor) {
    document.querySelector("[data-picker-orphan]").hidden = false;
    return;
  }
  grid.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-id]");
    if (!button) return;
    editor.tools.callFunction(Number(callback), button.dataset.url, {
      id: button.dataset.id,
      alternative_text: button.dataset.alt,
      caption: button.dataset.caption,
    });
    window.close();
  });
});
