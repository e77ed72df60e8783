'use strict';

async function publish(topic, payload) {
  return { topic, payload };
}

module.exports = { publish };
