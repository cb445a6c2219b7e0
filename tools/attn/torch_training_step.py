"""The timed training step the PyTorch peers of `attn bench gpt` and `attn bench nmt` share.

Each step: zero_grad, the loss (forward), backward, the gradients clipped at 1.0, the
optimiser's step, timed phase by phase as attn's bench times its own. The first step is
the warm-up: its loss is kept, its time is not.
"""
import resource

import torch
import time


def median(values):
    s = sorted(values)
    n = len(s)
    return s[n // 2] if n % 2 else 0.5 * (s[n // 2 - 1] + s[n // 2])


def time_training_steps(model, optimizer, loss_fn, repeat):
    """-> dict of step_ms, forward_ms, backward_ms, optimizer_ms (medians), first_loss,
    parameters, peak_mib and the number of timed steps."""
    def step():
        t0 = time.perf_counter()
        optimizer.zero_grad(set_to_none=True)
        t1 = time.perf_counter()
        loss = loss_fn()
        t2 = time.perf_counter()
        loss.backward()
        t3 = time.perf_counter()
        model_parameters = list(model.parameters())
        torch.nn.utils.clip_grad_norm_(model_parameters, 1.0)
        optimizer.step()
        t4 = time.perf_counter()
        return (t2 - t1, t3 - t2, (t1 - t0) + (t4 - t3)), loss.item()

    _, first_loss = step()
    phases = [step()[0] for _ in range(max(repeat, 1))]
    forward, backward, optimiser = (median([p[i] for p in phases]) for i in range(3))
    return {"step_ms": median([sum(p) for p in phases]) * 1e3, "forward_ms": forward * 1e3,
            "backward_ms": backward * 1e3, "optimizer_ms": optimiser * 1e3, "first_loss": first_loss,
            "parameters": sum(p.numel() for p in model.parameters()),
            "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0,  # KiB on Linux
            "repeat": len(phases)}
