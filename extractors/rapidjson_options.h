// The options RapidJSON is built with, the same in every file that includes
// it (its inline functions must not differ between files): include this
// before any RapidJSON header.
#pragma once

// SSE2 scanning of strings and whitespace: JSONL input is parsed in place,
// and the article text, most of each line, is then skipped 16 bytes at a
// time. Those scans read whole aligned 16-byte blocks, a few bytes past the
// end of a string (never past its page), which AddressSanitizer reports as
// an overflow: sanitizer builds scan byte by byte.
#if defined(__SSE2__) && !defined(__SANITIZE_ADDRESS__)
#if defined(__has_feature)
#if !__has_feature(address_sanitizer)
#define RAPIDJSON_SSE2
#endif
#else
#define RAPIDJSON_SSE2
#endif
#endif
