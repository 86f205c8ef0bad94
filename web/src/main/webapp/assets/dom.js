// Builds elements with text only (never innerHTML), so user data is always shown as text.
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

/** Shows a problem detail's field errors next to their inputs (by name), or as one message. */
export function showProblem(form, problem, messageElement) {
  form.querySelectorAll(".field-error").forEach((node) => node.remove());
  const unplaced = [];
  for (const error of problem.errors ?? []) {
    const input = form.querySelector(`[name="${error.field}"]`);
    const note = el("div", { class: "field-error", role: "alert" }, error.message);
    if (input) (input.closest("label, fieldset") ?? input).after(note);
    else unplaced.push(`${error.field}: ${error.message}`);
  }
  messageElement.className = "error";
  messageElement.textContent = [problem.title, problem.detail, ...unplaced].filter(Boolean).join(" — ");
}
