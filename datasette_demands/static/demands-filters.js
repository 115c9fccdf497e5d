// The matrix's row and language pickers apply at once: a change submits the filter form, so a reader does not
// look for the Apply button after picking "Holder" (dates and categories, several changes at a time, still wait
// for it). Without scripts the form works as before.
document.querySelectorAll("form.demands-filters select[data-demands-apply]").forEach((select) => {
  select.addEventListener("change", () => {
    const form = select.form;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  });
});
