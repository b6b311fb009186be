/**
 * Accessibility repairs of GraphiQL 4's markup, applied in the browser after it renders (GraphiQL offers no
 * props for them). Each write happens only when the value differs, so that a MutationObserver calling this
 * on every change settles at once.
 */
function set(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

export function labelGraphiql(root: Element, labels: { query: string; variables: string; response: string }): void {
  // CodeMirror types into a hidden textarea that has no label.
  const editors: [string, string][] = [
    ['.graphiql-query-editor', labels.query],
    ['.graphiql-editor-tool', labels.variables],
    ['.graphiql-response', labels.response],
  ];
  for (const [selector, label] of editors) {
    root.querySelectorAll(`${selector} textarea`).forEach((textarea) => set(textarea, 'aria-label', label));
    // Long text scrolls inside the editor: the scrolling area must take the keyboard focus too.
    root.querySelectorAll(`${selector} .CodeMirror-scroll`).forEach((scroller) => {
      set(scroller, 'tabindex', '0');
      set(scroller, 'role', 'region');
      set(scroller, 'aria-label', label);
    });
  }
  // Each tab is a wrapper with role="tab" around its buttons (interactive controls nested in a control):
  // the tab's own button becomes the tab, the wrapper mere layout.
  root.querySelectorAll('.graphiql-tab').forEach((tab) => {
    const button = tab.querySelector('.graphiql-tab-button');
    if (!button) return;
    const selected = tab.classList.contains('graphiql-tab-active') || tab.getAttribute('aria-selected') === 'true';
    set(tab, 'role', 'presentation');
    set(tab, 'aria-selected', null);
    set(button, 'role', 'tab');
    set(button, 'aria-selected', String(selected));
  });
}
