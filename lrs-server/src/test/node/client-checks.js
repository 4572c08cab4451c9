// The client-library checks shared by Node (xapi-clients.js, XapiClientLibrariesIT) and the browser page
// (TinCanBrowserIT): send a statement, read it back by id, query by agent, put and get a state document, through
// @xapi/xapi and through tincanjs, exactly as content would call them. Returns what each library gave back; the Java
// ITs assert on it. A library call that fails rejects the promise.
(function (root, factory) {
    if (typeof module === "object" && module.exports) {
        module.exports = factory();
    } else {
        root.clientChecks = factory();
    }
})(this, function () {
    "use strict";

    function statementFor(library, run, id) {
        return {
            id: id,
            actor: { objectType: "Agent", name: "Client " + library, mbox: "mailto:" + library + "-" + run + "@example.com" },
            verb: { id: "http://adlnet.gov/expapi/verbs/completed", display: { "en-US": "completed" } },
            object: {
                objectType: "Activity",
                id: "http://example.com/clients/" + library + "/" + run,
                definition: {
                    name: { "en-US": "Client library check" },
                    type: "http://adlnet.gov/expapi/activities/lesson",
                },
            },
            result: { completion: true, success: true, score: { scaled: 0.85 }, duration: "PT1M2.5S" },
            context: { registration: run, language: "en-US" },
            timestamp: "2026-03-01T10:00:00.000Z",
        };
    }

    async function withXapiJs(XAPI, TinCan, lrs) {
        const xapi = new XAPI({ endpoint: lrs.endpoint, auth: XAPI.toBasicAuth(lrs.key, lrs.secret), version: lrs.version });
        const sent = statementFor("xapijs", TinCan.Utils.getUUID(), TinCan.Utils.getUUID());
        const posted = await xapi.sendStatement({ statement: sent });
        const byId = await xapi.getStatement({ statementId: sent.id });
        const byAgent = await xapi.getStatements({ agent: sent.actor, limit: 10 });
        const state = { bookmark: "page-7", answers: [1, 2, 3] };
        const stateKey = { agent: sent.actor, activityId: sent.object.id, stateId: "bookmark" };
        await xapi.setState(Object.assign({ state: state }, stateKey));
        const stateBack = await xapi.getState(stateKey);
        return {
            version: lrs.version,
            sent: sent,
            postedIds: posted.data,
            responseVersionHeader: byId.headers["x-experience-api-version"],
            byId: byId.data,
            byAgentIds: byAgent.data.statements.map((s) => s.id),
            stateSent: state,
            stateBack: stateBack.data,
        };
    }

    function callback(fn) {
        return new Promise((resolve, reject) =>
            fn((err, value) =>
                err !== null && err !== undefined ? reject(new Error("tincanjs: " + JSON.stringify(err))) : resolve(value)));
    }

    async function withTinCan(TinCan, lrsConfig) {
        const lrs = new TinCan.LRS({
            endpoint: lrsConfig.endpoint,
            username: lrsConfig.key,
            password: lrsConfig.secret,
            allowFail: false,
        });
        const sent = statementFor("tincanjs", TinCan.Utils.getUUID(), TinCan.Utils.getUUID());
        // the library fills in defaults on the object it is given: give it a copy, keep what was sent
        const statement = new TinCan.Statement(JSON.parse(JSON.stringify(sent)));
        await callback((cb) => lrs.saveStatement(statement, { callback: cb }));
        const byId = await callback((cb) => lrs.retrieveStatement(sent.id, { callback: cb }));
        const agent = new TinCan.Agent(sent.actor);
        const byAgent = await callback((cb) => lrs.queryStatements({ params: { agent: agent, limit: 10 }, callback: cb }));
        const activity = new TinCan.Activity({ id: sent.object.id });
        const state = { bookmark: "slide-3", progress: 0.4 };
        await callback((cb) =>
            lrs.saveState("resume", state, { activity: activity, agent: agent, contentType: "application/json", callback: cb }));
        const stateBack = await callback((cb) => lrs.retrieveState("resume", { activity: activity, agent: agent, callback: cb }));
        // asVersion gives what a client may send; what the LRS set is kept on the parsed statement
        const back = byId.asVersion(lrs.version);
        back.stored = byId.stored;
        back.authority = byId.authority ? byId.authority.asVersion(lrs.version) : null;
        return {
            version: lrs.version,
            sent: sent,
            byId: back,
            byAgentIds: byAgent.statements.map((s) => s.id),
            stateSent: state,
            stateBack: typeof stateBack.contents === "string" ? JSON.parse(stateBack.contents) : stateBack.contents,
            stateEtag: stateBack.etag,
        };
    }

    /** lrs: {endpoint, key, secret, version (the version @xapi/xapi announces)}. */
    async function run(XAPI, TinCan, lrs) {
        return { xapiJs: await withXapiJs(XAPI, TinCan, lrs), tincan: await withTinCan(TinCan, lrs) };
    }

    return { run: run };
});
