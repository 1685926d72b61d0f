// Clicking the photo on the image form sets the focal point fields (0..1 from
// the top left), which every crop keeps in frame. The fields stay editable
// for keyboard users.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-focal-point]");
  const x = document.getElementById("id_focal_x");
  const y = document.getElementById("id_focal_y");
  if (!box || !x || !y) return;
  const marker = box.querySelector(".focal-point-marker");
  const show = () => {
    marker.style.left = `${(Number.parseFloat(x.value || "0.5") * 100).toFixed(2)}%`;
    marker.style.top = `${(Number.parseFloat(y.value || "0.5") * 100).toFixed(2)}%`;
  };
  box.addEventListener("click", (event) => {
    const rect = box.querySelector("img").getBoundingClientRect();
    const clamp = (value) => Math.min(1, Math.max(0, value)).toFixed(3);
    x.value = clamp((event.clientX - rect.left) / rect.width);
    y.value = clamp((event.clientY - rect.top) / rect.height);
    show();
  });
  x.addEventListener("input", show);
  y.addEventListener("input", show);
});
