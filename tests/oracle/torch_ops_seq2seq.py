"""The RNN encoder-decoder of include/attn/models/seq2seq.h in PyTorch, for
tests/oracle/test_seq2seq_oracle.cpp.

Written from the header's description with torch's own layers: nn.Embedding, a
bidirectional nn.GRU / nn.LSTM over a packed batch (pack_padded_sequence), nn.GRUCell /
nn.LSTMCell decoder layers, and the attention scores in their textbook form. Parameter
names are attn's, so the case's "param.<name>" inputs are the module's state_dict.
Inputs: "source" (B, S) int64 padded with 0, "lengths" (B), "target_in" and "target_out"
(B, T). Outputs: "loss" (mean cross-entropy over the non-padding targets, with label
smoothing), "logits" (B, T, Vt) and, with attention, "weights" (B, T, S).
"""
import torch
import torch.nn.functional as F
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from torch_oracle import module_call


def masked_softmax(scores, masked):
    return torch.softmax(scores.masked_fill(masked, float("-inf")), dim=-1)


class Bahdanau(torch.nn.Module):
    """e_j = vᵀ tanh(W s + U h_j), scored with the decoder state before the step."""

    def __init__(self, decoder_size, encoder_size, attention_size):
        super().__init__()
        self.v = torch.nn.Parameter(torch.zeros(attention_size))
        self.W = torch.nn.Linear(decoder_size, attention_size, bias=False)
        self.U = torch.nn.Linear(encoder_size, attention_size, bias=False)

    def forward(self, s, h, masked):
        scores = torch.tanh(self.W(s)[:, None, :] + self.U(h)) @ self.v
        weights = masked_softmax(scores, masked)
        return torch.einsum("bs,bsc->bc", weights, h), weights


class LuongGeneral(torch.nn.Module):
    """score = sᵀ W h_j with the state after the step; h̃ = tanh(W_c [c; s])."""

    def __init__(self, decoder_size, encoder_size, attentional_size):
        super().__init__()
        self.W = torch.nn.Linear(encoder_size, decoder_size, bias=False)
        self.W_c = torch.nn.Linear(encoder_size + decoder_size, attentional_size, bias=False)

    def forward(self, s, h, masked):
        weights = masked_softmax(torch.einsum("bc,bsc->bs", s, self.W(h)), masked)
        context = torch.einsum("bs,bsc->bc", weights, h)
        return torch.tanh(self.W_c(torch.cat([context, s], dim=-1))), weights


class Seq2Seq(torch.nn.Module):
    def __init__(self, a):
        super().__init__()
        e, h, layers = a["embed_size"], a["hidden_size"], a["layers"]
        self.a = a
        self.lstm = a["cell"] == "lstm"
        self.source_embedding = torch.nn.Embedding(a["source_vocab_size"], e)
        self.target_embedding = torch.nn.Embedding(a["target_vocab_size"], e)
        rnn = torch.nn.LSTM if self.lstm else torch.nn.GRU
        self.encoder = rnn(e, h, num_layers=layers, bidirectional=True)
        self.bridge = torch.nn.Linear(2 * h, h)
        if self.lstm:
            self.bridge_c = torch.nn.Linear(2 * h, h)
        if a["attention"] == "bahdanau":
            self.attention = Bahdanau(h, 2 * h, a["attention_size"])
            decoder_input = e + 2 * h
            self.readout = torch.nn.Linear(h + 2 * h, h)
        else:
            self.attention = LuongGeneral(h, 2 * h, h)
            decoder_input = e + h if a["input_feeding"] else e
        cell = torch.nn.LSTMCell if self.lstm else torch.nn.GRUCell
        self.decoder = torch.nn.ModuleList([cell(decoder_input if l == 0 else h, h) for l in range(layers)])
        self.generator = torch.nn.Linear(h, a["target_vocab_size"])

    def forward(self, source, lengths, target_in):
        batch, length = source.shape
        packed = pack_padded_sequence(self.source_embedding(source.T), lengths, enforce_sorted=False)
        output, final = self.encoder(packed)
        states = pad_packed_sequence(output, total_length=length)[0].transpose(0, 1)  # (B, S, 2H)
        finals = final if not self.lstm else final[0]

        def bridged(n, layer):
            return torch.cat([n[2 * layer], n[2 * layer + 1]], dim=-1)

        layers = range(self.a["layers"])
        hs = [torch.tanh(self.bridge(bridged(finals, l))) for l in layers]
        cs = [self.bridge_c(bridged(final[1], l)) for l in layers] if self.lstm else None
        masked = torch.arange(length)[None, :] >= lengths[:, None]
        bahdanau = self.a["attention"] == "bahdanau"
        feed = torch.zeros(batch, self.a["hidden_size"], dtype=states.dtype)
        outputs, all_weights = [], []
        for t in range(target_in.shape[1]):
            x = self.target_embedding(target_in[:, t])
            if bahdanau:
                context, weights = self.attention(hs[-1], states, masked)
                x = torch.cat([x, context], dim=-1)
            elif self.a["input_feeding"]:
                x = torch.cat([x, feed], dim=-1)
            for l, cell in enumerate(self.decoder):
                if self.lstm:
                    hs[l], cs[l] = cell(x, (hs[l], cs[l]))
                else:
                    hs[l] = cell(x, hs[l])
                x = hs[l]
            if bahdanau:
                out = torch.tanh(self.readout(torch.cat([x, context], dim=-1)))
            else:
                out, weights = self.attention(x, states, masked)
                feed = out
            outputs.append(out)
            all_weights.append(weights)
        return self.generator(torch.stack(outputs, dim=1)), torch.stack(all_weights, dim=1)


def seq2seq_op(x, a):
    logits, weights = module_call(Seq2Seq(a), x, x["source"], x["lengths"], x["target_in"])
    loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), x["target_out"].reshape(-1), ignore_index=0,
                           label_smoothing=a["label_smoothing"])
    return {"loss": loss, "logits": logits, "weights": weights}


OPS = {"seq2seq": seq2seq_op}
