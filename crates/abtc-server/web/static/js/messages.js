// The page's messages in the reader's language: a `<script type="application/json" id="i18n">`
// data block the server renders, over the script's own English texts. `{name}` placeholders are
// filled from `values`. Shared by the wallet and the verifier.

export function messages(english) {
  let page = {};
  const block = document.getElementById('i18n');
  if (block) {
    try {
      const parsed = JSON.parse(block.textContent || '{}');
      if (parsed && typeof parsed === 'object') page = parsed;
    } catch (_) {
      // A broken data block leaves the English texts.
    }
  }
  return (key, values) => {
    let text = typeof page[key] === 'string' ? page[key] : english[key] ?? key;
    for (const [name, value] of Object.entries(values ?? {})) {
      text = text.split(`{${name}}`).join(String(value));
    }
    return text;
  };
}
