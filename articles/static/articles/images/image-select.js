// The thumbnail beside a library photo field (lead image, author photo,
// section image) follows the autocomplete's choice. select2 announces changes
// through jQuery, so the admin's jQuery listens; it is ready once the page is.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  django.jQuery(document).on("change", ".image-select select", function () {
    const box = this.closest(".image-select");
    const preview = box.querySelector(".image-select-preview");
    if (this.value) {
      preview.src = box.dataset.thumbnailUrl.replace("__id__", encodeURIComponent(this.value));
      preview.hidden = false;
    } else {
      preview.removeAttribute("src");
      preview.hidden = true;
    }
  });
});
