/// The `/docs` page's own style and script, inlined (no CDN, no fonts, nothing fetched).
enum DocsPageAssets {
    static let style = """
        :root { color-scheme: light dark; --line: #8884; --accent: #2563eb; }
        * { box-sizing: border-box; }
        body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }
        code, pre, textarea { font-family: ui-monospace, monospace; font-size: 0.9em; }
        nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
        .endpoint { border-top: 1px solid var(--line); padding: 1rem 0; }
        .method { background: var(--accent); color: #fff; border-radius: 4px; padding: 0 0.4rem; font-size: 0.8em; }
        .badge { border: 1px solid var(--line); border-radius: 4px; padding: 0 0.4rem; font-size: 0.85em; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: 0.25rem 0.5rem; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; display: grid; gap: 0.35rem; }
        input, select, textarea, button { font: inherit; padding: 0.3rem; width: 100%; }
        .check { display: flex; gap: 0.5rem; align-items: center; }
        .check input { width: auto; }
        button { background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
        button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        pre { white-space: pre-wrap; word-break: break-word; margin: 0.25rem 0; }
        .events:empty, .headers:empty, .body:empty { display: none; }
        .problems { border: 2px solid #dc2626; border-radius: 6px; padding: 0 1rem; }
        @media (min-width: 40rem) { fieldset { grid-template-columns: 12rem 1fr; } fieldset > button, fieldset > .check { grid-column: 1 / -1; } }
        """

    /// Sends a form's request and shows status, headers and body; reads `text/event-stream`
    /// bodies event by event. Values of `data-kind="json"` fields are parsed as JSON; empty
    /// fields are left out, so their defaults apply.
    static let script = """
        (() => {
          const base = location.pathname.replace(/docs\\/?$/, '');
          for (const link of document.querySelectorAll('a[data-href]')) link.href = base + link.dataset.href;
          const show = (node, text) => { node.textContent = text; };
          for (const form of document.querySelectorAll('form.try')) {
            form.addEventListener('submit', async (event) => {
              event.preventDefault();
              const out = { status: form.querySelector('.status'), headers: form.querySelector('.headers'),
                events: form.querySelector('.events'), body: form.querySelector('.body') };
              out.events.replaceChildren(); show(out.headers, ''); show(out.body, '');
              const method = form.elements._method.value;
              const values = Object.create(null);
              try {
                for (const field of form.querySelectorAll('[data-kind]')) {
                  if (field.dataset.kind === 'stream') { if (field.checked) values._stream = true; continue; }
                  if (field.value === '') continue;
                  values[field.name] = field.dataset.kind === 'json' ? JSON.parse(field.value) : field.value;
                }
              } catch (error) { show(out.status, 'Invalid JSON in a field: ' + error.message); return; }
              let url = base + form.dataset.route;
              const init = { method, headers: {} };
              if (method === 'GET' || method === 'DELETE') {
                const query = new URLSearchParams();
                for (const [name, value] of Object.entries(values)) {
                  query.set(name, typeof value === 'string' ? value : JSON.stringify(value));
                }
                if ([...query].length) url += '?' + query.toString();
              } else {
                init.headers['Content-Type'] = 'application/json';
                init.body = JSON.stringify(values);
              }
              show(out.status, 'Sending ' + method + ' ' + url + ' …');
              let response;
              try { response = await fetch(url, init); } catch (error) { show(out.status, 'Failed: ' + error.message); return; }
              show(out.status, response.status + ' ' + response.statusText);
              show(out.headers, [...response.headers].map(([k, v]) => k + ': ' + v).join('\\n'));
              const type = response.headers.get('content-type') || '';
              if (type.startsWith('text/event-stream') && response.body) {
                const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
                let buffer = '';
                for (;;) {
                  const { value, done } = await reader.read();
                  if (done) break;
                  buffer += value;
                  let end;
                  while ((end = buffer.indexOf('\\n\\n')) >= 0) {
                    const block = buffer.slice(0, end); buffer = buffer.slice(end + 2);
                    let name = 'message'; const data = [];
                    for (const line of block.split('\\n')) {
                      if (line.startsWith('event: ')) name = line.slice(7);
                      else if (line.startsWith('data: ')) data.push(line.slice(6));
                    }
                    if (!data.length) continue;
                    const item = document.createElement('li');
                    item.textContent = name + ': ' + data.join('\\n');
                    out.events.append(item);
                  }
                }
                return;
              }
              const text = await response.text();
              try { show(out.body, JSON.stringify(JSON.parse(text), null, 2)); } catch { show(out.body, text); }
            });
          }
        })();
        """
}
