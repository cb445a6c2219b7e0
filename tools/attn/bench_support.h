// `attn bench`: what several benchmarks share — the PyTorch peer run in a child
// process, the process's memory and the machine's load read from /proc, and the
// JSON last line.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "attn/tensor.h"

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

// Wall-clock seconds from a to b.
double seconds_between(std::chrono::steady_clock::time_point a, std::chrono::steady_clock::time_point b);
// The median (0 for none).
double median_of(std::vector<double> values);

// One training step's phases, in seconds: forward (the loss), backward (with the
// freeing of the graph's tensors once the loss is dropped), optimiser (zero_grad,
// clipping, the update). Together they cover the whole step.
struct StepPhases {
  double forward = 0, backward = 0, optimizer = 0;
};
// The median over steps of one phase, in milliseconds.
double median_phase_ms(const std::vector<StepPhases>& steps, double StepPhases::*phase);

// A training bench's steps, timed phase by phase: the loss, backward, the norm of the
// gradients of `params`, the update given the coefficient that clips them at 1.0. The
// update is an optimiser's step_and_zero_grad(coefficient): bit for bit a clip in
// place, a step and a zero_grad, with the clip's and the zeroing's passes over the
// gradients folded into the update's. The first call is the warm-up: its loss is
// kept, its time is not.
struct TrainingStepTimes {
  std::vector<StepPhases> phases;  // one per timed step
  double first_loss = 0;
  void run(const std::vector<Tensor>& params, const std::function<Tensor()>& loss,
           const std::function<void(double clip_coefficient)>& update);

 private:
  bool warm_ = false;
};

// The JSON object every bench prints as its last line.
void print_json(const BenchJson& j);

}  // namespace attn::cli
