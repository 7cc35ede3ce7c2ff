// Elements built from properties and children: strings become text nodes, never markup.
//   el('button', { type: 'button', className: 'link', textContent: name, onclick, attrs: { 'aria-label': ... } })
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'attrs') for (const [a, av] of Object.entries(v)) node.setAttribute(a, av);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node[k] = v;
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}
