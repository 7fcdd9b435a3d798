#pragma once

#include <cstddef>
#include <cstdint>

// A fuzz target: feeds one input to a parser. It must never crash, hang or take unbounded
// memory, and every input is either read or refused with a message (the target aborts when
// a parser refuses without saying why). Built with libFuzzer (CHAIRSIDE_LIBFUZZER=ON, clang)
// or with fuzzdriver.cpp, which replays the seed corpus and bounded random mutations of it.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
