// attn viz: how a token is shown on a heatmap axis or in the viewer.
//
// A token's bytes become a label that is valid UTF-8 and visible: a space shows as
// "␣", a newline as "↵", a tab as "⇥", other control characters and bytes that are not
// part of a valid UTF-8 character (a byte-level BPE token may hold half a character)
// as "\xNN". Every other character is kept.
#pragma once

#include <string>
#include <string_view>

namespace attn::viz {

std::string token_label(std::string_view bytes);

}  // namespace attn::viz
