'use strict';

async function loadRows(table, since) {
  return [{ id: 1, table, since }];
}

async function markExported(table, count) {
  return { table, count };
}

module.exports = { loadRows, markExported };
