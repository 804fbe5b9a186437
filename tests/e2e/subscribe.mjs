// Subscribes to graphChanged with the graphql-ws client (protocol graphql-transport-ws) and prints what arrives.
// Usage: node subscribe.mjs <http endpoint of /graphql> <number of events to wait for> [subscription document]
// Prints "QUERY <json>" (a query answered over the same socket), "SUBSCRIBED" once the subscribe message is sent,
// then "EVENT <json>" per event; exits 0 after the wanted number of events, 1 on any error, 2 after 60 s.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [endpoint, wanted = '1', document = 'subscription { graphChanged { version } }'] = process.argv.slice(2);
if (!endpoint) {
  console.error('usage: node subscribe.mjs <http endpoint> [events]');
  process.exit(1);
}

const url = endpoint.replace(/^http/, 'ws');
const client = createClient({ url, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 });
const giveUp = setTimeout(() => {
  console.error('no events within 60 s');
  process.exit(2);
}, 60_000);

function fail(error) {
  console.error('FAILED', error instanceof Error ? error.message : JSON.stringify(error));
  process.exit(1);
}

try {
  const query = client.iterate({ query: '{ statistics { graphVersion } }' });
  for await (const result of query) {
    console.log('QUERY ' + JSON.stringify(result));
  }

  const subscription = client.iterate({ query: document });
  const next = subscription.next();
  console.log('SUBSCRIBED');
  let received = 0;
  for (let result = await next; !result.done; result = await subscription.next()) {
    console.log('EVENT ' + JSON.stringify(result.value));
    received++;
    if (received >= Number(wanted)) {
      await subscription.return();
      break;
    }
  }

  clearTimeout(giveUp);
  await client.dispose();
  process.exit(0);
} catch (error) {
  fail(error);
}
