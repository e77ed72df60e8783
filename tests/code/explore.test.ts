import { it } from 'vitest';
import { analyse, viewSummary, at } from './harness.js';
import { readFileSync, readdirSync } from 'node:fs';

it('explore', () => {
  for (const file of readdirSync('/tmp/explore')) {
    const code = readFileSync(`/tmp/explore/${file}`, 'utf8');
    const result = analyse(code, file);
    const model = result.model;
    console.log('=====', file);
    if (!model) { console.log('null'); continue; }
    console.log('libraries', [...model.libraries]);
    for (const v of model.views) console.log(JSON.stringify(viewSummary(v)));
    console.log('calls', model.calls.map((c) => `${at(c.node)} ${c.kind}.${c.method}`).join(', '));
    console.log('messages', model.messages.map((m) => `${at(m.node)} key=${m.key ? at(m.key) : '-'} part=${m.partition ? at(m.partition) : '-'} complete=${m.complete}`).join(', '));
    console.log('handlers', model.handlers.map((h) => `${h.kind} fn=${at(h.fn)} delegate=${h.delegate ? at(h.delegate) : '-'} run=${at(h.run)} opts=${h.runOptions?.entries.length}`).join(', '));
    console.log('patterns', model.patternHandlers.map((p) => `${p.kind} ${p.pattern} ${p.transport} ${at(p.fn)}`).join(', '));
  }
});
