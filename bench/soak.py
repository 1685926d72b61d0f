"""`make soak`: 60 seconds, 64 connections on a mix of public pages.

The production server (gunicorn, DEBUG off, page cache on) against the
`make bench` database, driven by wrk on 127.0.0.1 only, bounded in time.
Passes when no response is a 5xx (nor a socket error) and the workers'
memory is stable (RSS growth under SOAK_MAX_GROWTH_MB, default 40 MB).
"""

import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from server_load import READER, ensure_database, pick_urls, serve  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("SOAK_CONNECTIONS", "64"))
MAX_GROWTH_MB = float(os.environ.get("SOAK_MAX_GROWTH_MB", "40"))

# wrk picks a path per request in turn; it counts 5xx itself.
SCRIPT = """
paths = {%s}
-- As a reader's browser, so that article reads are counted as readers' are.
wrk.headers["User-Agent"] = "%s"
counter = 0
server_errors = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
response = function(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("5xx: %%d\\n", server_errors))
end
"""


def worker_rss_mb(master_pid):
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    total = 0
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        total += int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1))
    return total / 1024, len(children)


def main():
    ensure_database()
    urls = pick_urls()
    paths = [
        urls["home"],
        urls["article"],
        urls["topic"],
        "/indeks/",
        urls["search"],
        "/feed/",
        "/sitemap.xml",
    ]
    process, base = serve(page_cache=True)
    try:
        for path in paths:  # warm the cache and the workers
            urllib.request.urlopen(base + path, timeout=30)
        before, workers = worker_rss_mb(process.pid)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            paths_lua = ", ".join(f'"{p}"' for p in paths)
            script.write(SCRIPT % (paths_lua, READER.split(": ", 1)[1]))
        started = time.monotonic()
        out = subprocess.run(
            ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{SECONDS}s", "--timeout", "10s", "-s", script.name, base],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        elapsed = time.monotonic() - started
        after, _ = worker_rss_mb(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    server_errors = int(re.search(r"5xx: (\d+)", out).group(1))
    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    growth = after - before
    print(
        f"{elapsed:.0f} s, {CONNECTIONS} connections, {len(paths)} pages in turn: {requests} requests, {rps:.0f}/s"
    )
    print(f"5xx: {server_errors}, socket errors: {socket_errors}")
    print(
        f"workers' memory ({workers} workers): {before:.0f} MB before, {after:.0f} MB after ({growth:+.0f} MB)"
    )
    ok = server_errors == 0 and socket_errors == 0 and growth < MAX_GROWTH_MB
    print("soak passed" if ok else "soak FAILED")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
