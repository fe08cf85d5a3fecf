"""Headless Chromium for the CI's checks that read a page as a person would: runs a page
(a wrapper that frames the page under test and writes its findings into its own DOM) and
returns the DOM Chromium dumps. Needs /usr/bin/chromium (Debian's package `chromium`)."""
import pathlib
import subprocess

CHROMIUM = "/usr/bin/chromium"
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--allow-file-access-from-files", "--dump-dom",
]


def dump(wrapper: pathlib.Path, width: int, budget_ms: int = 8000) -> str:
    """The DOM of `wrapper` after it ran, in a window `width` pixels wide (plus margins)."""
    return subprocess.run(
        [CHROMIUM, *FLAGS, f"--virtual-time-budget={budget_ms}", f"--window-size={width + 40},1000",
         wrapper.resolve().as_uri()],
        capture_output=True, text=True, timeout=300,
    ).stdout
