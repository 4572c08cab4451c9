"""Learner record benchmark against a running demo server (run command): 50 learners of a new pathway, 100 answers
each posted to the LRS in batches of 500; prints the time until every answer is consumed from the LRS outbox and
visible in the instructor's learner list, then the latency of GET /api/pathways/{id}/next.
Usage: python3 lti-tool/bench/learner-record-bench.py <port> <data-dir>/secrets.properties"""
import json, time, urllib.request, base64, uuid, sys, datetime
PORT = sys.argv[1] if len(sys.argv) > 1 else "8080"
B = "http://127.0.0.1:" + PORT
PUB = "http://localhost:" + PORT
sec = dict(l.strip().split("=", 1) for l in open(sys.argv[2] if len(sys.argv) > 2 else "data/secrets.properties") if "=" in l and not l.startswith("#"))
XAPI = "Basic " + base64.b64encode((sec["demo.xapi.key"] + ":" + sec["demo.xapi.secret"]).encode()).decode()

def req(method, path, body=None, session=None, ctype="application/json", auth=None):
    data = None
    if body is not None:
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    r = urllib.request.Request(B + path, data=data, method=method)
    if data is not None:
        r.add_header("Content-Type", ctype)
    if session:
        r.add_header("X-Pathwise-Session", session)
    if auth:
        r.add_header("Authorization", auth)
        r.add_header("X-Experience-API-Version", "1.0.3")
    with urllib.request.urlopen(r, timeout=300) as resp:
        t = resp.read()
        return json.loads(t) if t else None

ctx = "bench-" + uuid.uuid4().hex[:8]
def session(lid, role):
    return req("POST", "/api/dev/sessions", {"learnerId": lid, "name": lid, "roles": [role], "contextId": ctx})["id"]
inst = session("bench-teacher", "instructor")
units = {u["title"]: u for u in req("GET", "/api/learning/units", session=inst) if u["packageTitle"] == "Golf Explained - CP One File Per SCO"}
req("PUT", "/api/learning/framework", "id,name,parent_id\nplaying,Playing,\n", inst, "text/csv")
req("PUT", "/api/learning/modules/" + units["How to Play"]["unitId"], {"kind": "LESSON", "competencies": ["playing"]}, inst)
req("PUT", "/api/learning/modules/" + units["Playing Golf Quiz"]["unitId"], {"kind": "ASSESSMENT", "competencies": ["playing"]}, inst)
pw = req("POST", "/api/pathways", {"title": "bench", "steps": [units["How to Play"]["unitId"], units["Playing Golf Quiz"]["unitId"]], "gradeMode": "mastery"}, inst)["id"]
L, N = 50, 100
learners = []
for i in range(L):
    lid = "bench-%s-%d" % (ctx, i)
    s = session(lid, "learner")
    t0 = time.time(); req("GET", "/api/pathways/%s/next" % pw, session=s); learners.append(lid)
quiz = units["Playing Golf Quiz"]["activityId"]
stmts = []
base = datetime.datetime(2026, 11, 23, 8, 0, 0)
for i, lid in enumerate(learners):
    for k in range(N):
        stmts.append({"id": str(uuid.uuid4()), "actor": {"account": {"homePage": PUB, "name": lid}},
                      "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                      "object": {"id": "%s/interactions/q%d" % (quiz, k)},
                      "result": {"success": (k + i) % 3 != 0},
                      "timestamp": (base + datetime.timedelta(seconds=k)).isoformat() + "Z"})
start = time.time()
for b in range(0, len(stmts), 500):
    req("POST", "/xapi/statements", stmts[b:b + 500], auth=XAPI)
posted = time.time()
while True:
    ls = req("GET", "/api/pathways/%s/learners" % pw, session=inst)
    ev = sum(m["evidence"] for l in ls for m in l["plan"]["mastery"])
    if ev >= L * N:
        break
    time.sleep(0.5)
done = time.time()
# next-module latency for one learner with 100 answers
t = []
for i in range(20):
    s0 = time.time(); req("GET", "/api/pathways/%s/next" % pw, session=s); t.append(time.time() - s0)
t.sort()
print("statements %d, POST %.1f s, posted->consumed and visible %.1f s, total %.1f s, %.0f statements/s end to end" % (L * N, posted - start, done - posted, done - start, L * N / (done - start)))
print("GET next (100 answers): median %.0f ms, p90 %.0f ms" % (t[10] * 1000, t[18] * 1000))
