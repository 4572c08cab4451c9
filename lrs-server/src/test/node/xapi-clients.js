// Node entry of the client-library checks (client-checks.js): prints their JSON report on stdout.
// Usage: node xapi-clients.js <endpoint> <key> <secret> <version @xapi/xapi announces>
"use strict";
const XAPI = require("@xapi/xapi");
const TinCan = require("tincanjs");
const checks = require("./client-checks");

const [endpoint, key, secret, version] = process.argv.slice(2);

checks
    .run(XAPI, TinCan, { endpoint, key, secret, version })
    .then((report) => process.stdout.write(JSON.stringify(report) + "\n"))
    .catch((e) => {
        const detail = e && e.response ? ` (HTTP ${e.response.status}: ${JSON.stringify(e.response.data)})` : "";
        process.stderr.write(((e && e.stack) || JSON.stringify(e)) + detail + "\n");
        process.exit(1);
    });
