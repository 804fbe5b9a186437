// A search box that suggests entities as you type (a combobox with a listbox, WAI-ARIA style): asks the API's ranked
// search after a pause in typing, shows kind by colour, shape and name, and hands the chosen entity to onPick.
import { graphql } from './api.js';
import { h } from './dom.js';
import { kindBadge } from './kind-badge.js';

const searchQuery = `query ExplorerSearch($text: String!) {
  search(text: $text, first: 8) { entity { key name kind aliases } }
}`;

const debounceMilliseconds = 200;

export function entityPicker({ input, list, catalog, onPick, onError }) {
  let timer = null;
  let asked = 0;
  let results = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index) => {
    active = index;
    [...list.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
    else input.removeAttribute('aria-activedescendant');
  };

  const pick = (entity) => {
    input.value = entity.name;
    close();
    onPick(entity);
  };

  const show = (entities) => {
    results = entities;
    list.replaceChildren(...(entities.length === 0
      ? [h('li', { class: 'empty', role: 'option', 'aria-disabled': 'true', id: `${list.id}-none` }, 'No entity matches')]
      : entities.map((entity, index) => h('li', {
        id: `${list.id}-${index}`,
        role: 'option',
        'aria-selected': 'false',
        'data-key': entity.key,
        onmousedown: (event) => event.preventDefault(),
        onclick: () => pick(entity),
      }, kindBadge(catalog.kind(entity.kind)), h('span', { class: 'name' }, entity.name),
      entity.aliases?.length ? h('span', { class: 'aliases' }, entity.aliases.slice(0, 2).join(' · ')) : null))));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };

  const ask = async (text) => {
    const ticket = ++asked;
    try {
      const data = await graphql(searchQuery, { text });
      // Answers can arrive out of order: only the latest question's answer is shown.
      if (ticket === asked && input.value.trim() === text) show(data.search.map((result) => result.entity));
    } catch (error) {
      if (ticket === asked) onError(error);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      asked++;
      close();
      return;
    }
    timer = setTimeout(() => ask(text), debounceMilliseconds);
  });

  input.addEventListener('keydown', (event) => {
    const open = !list.hidden && results.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      highlight((active + 1) % results.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? results.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      pick(results[Math.max(active, 0)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 150));

  return {
    /** Shows an entity chosen elsewhere (from the URL) without asking the API. */
    set(entity) {
      input.value = entity?.name ?? '';
    },
  };
}
