// `attn bench`: what several benchmarks share — the PyTorch peer run in a child
// process, the process's memory and the machine's load read from /proc, and the
// JSON last line.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace attn::cli {

using BenchJson = nlohmann::ordered_json;

// A peer script by file name: `override` when given, else the installed
// share/attn/<name>, else the source tree's tools/attn/<name>.
std::string peer_script_path(const std::string& name, const std::string& override = "");

// Runs `/usr/bin/python3 script arguments` and returns its last output line parsed as
// a JSON object holding `required_key`, or {"error": ...} saying why there is none.
BenchJson run_python_peer(const std::string& script, const std::string& arguments,
                          const char* required_key = "median_ms");

// A "VmXXX:  N kB" field of /proc/self/status in KiB; -1 where there is none.
std::int64_t proc_status_kib(const std::string& field);
// Resets the resident set's high-water mark (VmHWM) to the current resident set.
bool reset_resident_peak();
// The 1-minute load average (/proc/loadavg), -1 where there is none: the machines are
// shared, and a figure is read beside the load it was measured under.
double load_average();

// The JSON object every bench prints as its last line.
void print_json(const BenchJson& j);

}  // namespace attn::cli
