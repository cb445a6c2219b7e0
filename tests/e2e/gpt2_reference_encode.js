// The reference GPT-2 encoder (the npm package gpt-3-encoder, installed at the source
// root by scripts/install-deps.sh) run on a file, for tests/e2e/test_gpt2_tokenizer.cpp
// and `attn bench tokenize`:
//   node gpt2_reference_encode.js one FILE     ids of the whole text in one call, one a line
//   node gpt2_reference_encode.js whole FILE   the same for texts of any size (see below)
//   node gpt2_reference_encode.js lines FILE   each line's ids (line end excluded), space-separated
//   node gpt2_reference_encode.js bench FILE   one JSON line: bytes, ids, seconds of encoding the whole text
//   node gpt2_reference_encode.js decode FILE  FILE holds ids (whitespace-separated); prints their text
// The package appends each piece's ids to a fresh copy of the whole array, so one call
// on megabytes would take quadratic time. "whole" therefore cuts the text where no
// match of GPT-2's pattern can cross: before a "\n" that follows a printable ASCII
// character (which ends a non-space run whatever comes next), and encodes the chunks
// in turn; the ids are the same as of one call.
'use strict';
const fs = require('fs');
const path = require('path');

const packageDir = process.env.ATTN_GPT3_ENCODER_DIR || path.join(__dirname, '..', '..', 'node_modules', 'gpt-3-encoder');
const { encode, decode } = require(packageDir);

function chunks(text) {
  const out = [];
  let start = 0;
  for (let p = 1; p < text.length; ++p) {
    const prev = text.charCodeAt(p - 1);
    if (text.charCodeAt(p) === 10 && prev >= 0x21 && prev <= 0x7e) {
      out.push(text.slice(start, p));
      start = p;
    }
  }
  out.push(text.slice(start));
  return out;
}

function encodeWhole(text) {
  const ids = [];
  for (const chunk of chunks(text)) {
    for (const id of encode(chunk)) ids.push(id);
  }
  return ids;
}

function write(text) {
  fs.writeSync(1, text);
}

const [mode, file] = process.argv.slice(2);
if (!mode || !file) {
  process.stderr.write('usage: node gpt2_reference_encode.js one|whole|lines|bench|decode FILE\n');
  process.exit(2);
}
const text = fs.readFileSync(file, 'utf8');
if (mode === 'one') {
  write(encode(text).join('\n') + '\n');
} else if (mode === 'whole') {
  write(encodeWhole(text).join('\n') + '\n');
} else if (mode === 'lines') {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  write(lines.map(line => encode(line).join(' ')).join('\n') + '\n');
} else if (mode === 'bench') {
  const start = process.hrtime.bigint();
  const ids = encodeWhole(text);
  const seconds = Number(process.hrtime.bigint() - start) * 1e-9;
  write(JSON.stringify({ bytes: Buffer.byteLength(text, 'utf8'), ids: ids.length, seconds }) + '\n');
} else if (mode === 'decode') {
  const ids = text.split(/\s+/).filter(s => s.length > 0).map(Number);
  write(decode(ids));
} else {
  process.stderr.write('unknown mode ' + mode + '\n');
  process.exit(2);
}
