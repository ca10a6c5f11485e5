#!/usr/bin/env python3
"""Room view update path under load: console action -> what 200 room views show.

Against a running CCM Desk (default http://127.0.0.1:8080, loopback only), signed in as a
secretariat account (CCM_ADMIN_EMAIL / CCM_ADMIN_PASSWORD of that instance):

  1. picks the shipped meeting "Intersessional 2014" and an agenda item nobody is inscribed on,
  2. inscribes up to ROUNDS + 1 states on that item's list (the secretariat inscribes anyone),
  3. starts VIEWS room views that each ask for /meetings/{id}/room/now?item= every second,
     as the page's htmx does,
  4. ROUNDS times: presses "next speaker" on the console (POST /meetings/{id}/console/next)
     and records, for every room view, when it first shows the new speaker.

Latency = time the room view received the new speaker - time the console action was sent;
it includes the wait for the next poll (at most one second), i.e. what the room sees.
Prints p50, p95, max over every room view and round.

  scripts/load-room-view.py [base-url] [views] [rounds]
Only the standard library. Run it against an application started for it (it adds inscriptions
to the 2014 meeting's list).
"""
import http.cookiejar
import json
import os
import re
import sys
import threading
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8080"
VIEWS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
ROUNDS = int(sys.argv[3]) if len(sys.argv) > 3 else 10
EMAIL = os.environ.get("CCM_ADMIN_EMAIL", "admin@ccmdesk.local")
PASSWORD = os.environ["CCM_ADMIN_PASSWORD"]
STATES = ["NOR", "CHL", "FRA", "DEU", "MEX", "LAO", "ZMB", "AUS", "NZL", "IRL", "AUT", "BEL", "JPN", "GHA",
          "SEN", "PER", "CRI", "ESP", "ITA", "NLD", "CHE", "SWE"]

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def csrf(path):
    html = opener.open(BASE + path).read().decode()
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)


def post(path, fields, token_page=None, token=None):
    fields = dict(fields, _csrf=token or csrf(token_page))
    return opener.open(BASE + path, urllib.parse.urlencode(fields).encode())


post("/login", {"email": EMAIL, "password": PASSWORD}, "/login")
meeting = next(m for m in json.load(opener.open(BASE + "/api/meetings")) if m["shortName"] == "Intersessional 2014")
mid = meeting["id"]
agenda = json.load(opener.open(f"{BASE}/api/meetings/{mid}"))["agenda"]
# an item whose list is still empty (each run uses a fresh one)
item = next(i["id"] for i in agenda
            if not json.load(opener.open(f"{BASE}/api/meetings/{mid}/speakers?item={i['id']}")))
console = f"/meetings/{mid}/console?item={item}"
for iso3 in STATES[: ROUNDS + 1]:
    post(f"/meetings/{mid}/speakers", {"item": item, "party": iso3, "speaker": "Head of delegation",
                                         "speechType": "STATEMENT", "category": "GENERAL"}, console)

seen = {}  # (round, view) -> time seen
current = {"round": -1, "party": None, "sent": 0.0}
stop = threading.Event()
NOW = re.compile(r'id="current-party">([^<]*)<')


def room_view(view):
    url = f"{BASE}/meetings/{mid}/room/now?item={item}"
    next_poll = time.monotonic() + (view % 100) / 100.0  # spread the views over the second
    while not stop.is_set():
        time.sleep(max(0.0, next_poll - time.monotonic()))
        next_poll += 1.0
        try:
            body = urllib.request.urlopen(url, timeout=10).read().decode()
        except OSError:
            continue
        match = NOW.search(body)
        r = current["round"]
        if match and r >= 0 and match.group(1) == current["party"] and (r, view) not in seen:
            seen[(r, view)] = time.monotonic()


threads = [threading.Thread(target=room_view, args=(v,), daemon=True) for v in range(VIEWS)]
for t in threads:
    t.start()
time.sleep(2)
latencies = []
for r in range(ROUNDS):
    token = csrf(console)
    sent = time.monotonic()
    post(f"/meetings/{mid}/console/next", {"item": item}, token=token)
    speakers = json.load(opener.open(f"{BASE}/api/meetings/{mid}/speakers?item={item}"))
    speaking = next(s for s in speakers if s["state"] == "SPEAKING")
    current.update(round=r, party=speaking["partyName"], sent=sent)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and sum(1 for k in seen if k[0] == r) < VIEWS:
        time.sleep(0.05)
    latencies += [seen[(r, v)] - sent for v in range(VIEWS) if (r, v) in seen]
    missing = VIEWS - sum(1 for k in seen if k[0] == r)
    print(f"round {r + 1}: {speaking['partyName']}, {VIEWS - missing} of {VIEWS} room views updated")
stop.set()
latencies.sort()
p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))]
print(f"ROOM VIEW: {VIEWS} views x {ROUNDS} rounds, {len(latencies)} updates seen; "
      f"p50 {p(0.50):.2f} s, p95 {p(0.95):.2f} s, max {latencies[-1]:.2f} s")
