"""The report's script, run under node with a stand-in DOM (skipped where node is absent)."""
import json
import shutil
import subprocess
from importlib import resources

import pytest

NODE = shutil.which("node")
SCRIPT = resources.files("storyline.report") / "static" / "report.js"

# Just enough DOM for report.js: elements with text, a hidden flag, classes and children.
HARNESS = """
function El(text, children, attrs) {
  this.textContent = text; this.children = children || []; this.hidden = false;
  this.attrs = attrs || {}; this.classes = new Set(); var self = this;
  this.classList = {add: function (c) { self.classes.add(c); },
                    remove: function (c) { self.classes.delete(c); }};
  this.getAttribute = function (name) { return self.attrs[name]; };
  this.querySelectorAll = function () { return self.children; };
}
var events = [new El("kerry in paris"), new El("fabius speaks")];
var section = new El("paris talks kerry in paris fabius speaks", events);
var other = new El("haiti earthquake", [new El("haiti earthquake")]);
var label = new El(""), p = new El(""); label.parentNode = p; p.hidden = true;
var listeners = {}, box = new El(""); box.parentNode = label; box.value = "";
box.addEventListener = function (name, f) { listeners[name] = f; };
var parts = [new El("", [], {"data-span": "s1-5"}), new El("", [], {"data-span": "s1-5"}),
             new El("", [], {"data-span": "s9-12"})];
global.location = {hash: "#s1-5"};
global.window = {addEventListener: function () {}};
global.document = {
  getElementById: function () { return box; },
  querySelectorAll: function (selector) {
    if (selector === "section[data-filter]") return [section, other];
    if (selector === ".text .hit") {
      return parts.filter(function (e) { return e.classes.has("hit"); });
    }
    return parts;
  }
};
require(process.argv[2]);
var seen = {shown: !p.hidden, lit: parts.map(function (e) { return e.classes.has("hit"); })};
box.value = "Kerry"; listeners.input();
seen.kerry = [section.hidden, other.hidden, events[0].hidden, events[1].hidden];
box.value = "paris talks"; listeners.input();
seen.storyline = [section.hidden, events[0].hidden, events[1].hidden];
box.value = ""; listeners.input();
seen.cleared = [section.hidden, other.hidden, events[0].hidden, events[1].hidden];
console.log(JSON.stringify(seen));
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_filter_box_and_split_span_highlighting(tmp_path):
    harness = tmp_path / "harness.js"
    harness.write_text(HARNESS)
    script = tmp_path / "report.js"
    script.write_text(SCRIPT.read_text(encoding="utf-8"))
    out = subprocess.run([NODE, str(harness), str(script)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    seen = json.loads(out)
    assert seen["shown"]  # the filter box appears only when the script runs
    assert seen["lit"] == [True, True, False]  # both parts of the cut span s1-5
    assert seen["kerry"] == [False, True, False, True]  # only the matching event stays
    assert seen["storyline"] == [False, False, False]  # a storyline match shows all its events
    assert seen["cleared"] == [False, False, False, False]
