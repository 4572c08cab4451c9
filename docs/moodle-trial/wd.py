"""Minimal WebDriver client (stdlib only) for chromedriver."""
import json, time, base64, urllib.request, urllib.error, subprocess, os

EL = "element-6066-11e4-a52e-4f735466cecf"

class WD:
    @classmethod
    def attach(cls, port=9581):
        self = cls.__new__(cls)
        self.base = f"http://127.0.0.1:{port}"
        self.sid = open(f"/tmp/wd-{port}.sid").read().strip()
        self.proc = None
        return self

    def __init__(self, port=9581, width=1280, height=900):
        self.base = f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(50):
            try:
                self._req("GET", "/status"); break
            except Exception:
                time.sleep(0.2)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     f"--window-size={width},{height}", "--disable-dev-shm-usage"]}}}}
        r = self._req("POST", "/session", caps)
        self.sid = r["value"]["sessionId"]
        open(f"/tmp/wd-{port}.sid", "w").write(self.sid)

    def _req(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=120) as f:
                return json.loads(f.read())
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"{method} {path}: {e.read().decode()[:800]}")

    def s(self, method, path, body=None):
        return self._req(method, f"/session/{self.sid}{path}", body)["value"]

    def get(self, url): self.s("POST", "/url", {"url": url})
    def url(self): return self.s("GET", "/url")
    def title(self): return self.s("GET", "/title")
    def source(self): return self.s("GET", "/source")
    def js(self, script, *args): return self.s("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, sel, by="css selector", timeout=20):
        end = time.time() + timeout
        while True:
            try:
                return self.s("POST", "/element", {"using": by, "value": sel})[EL]
            except RuntimeError:
                if time.time() > end: raise
                time.sleep(0.3)
    def finds(self, sel, by="css selector"):
        return [e[EL] for e in self.s("POST", "/elements", {"using": by, "value": sel})]
    def xp(self, sel, timeout=20): return self.find(sel, "xpath", timeout)
    def click(self, el): self.s("POST", f"/element/{el}/click", {})
    def jsclick(self, el): self.js("arguments[0].click()", {EL: el})
    def type(self, el, text): self.s("POST", f"/element/{el}/value", {"text": text})
    def clear(self, el): self.s("POST", f"/element/{el}/clear", {})
    def text(self, el): return self.s("GET", f"/element/{el}/text")
    def attr(self, el, name): return self.s("GET", f"/element/{el}/attribute/{name}")
    def frame(self, el=None): self.s("POST", "/frame", {"id": None if el is None else {EL: el}})
    def windows(self): return self.s("GET", "/window/handles")
    def window(self, h): self.s("POST", "/window", {"handle": h})
    def shot(self, path):
        png = base64.b64decode(self.s("GET", "/screenshot"))
        open(path, "wb").write(png)
    def quit(self):
        try: self._req("DELETE", f"/session/{self.sid}")
        finally: self.proc.terminate()
