// Catch2 main with one addition: a run of the [corpus] tests exits 77 ("skipped" to CTest),
// with a visible notice, when the real documents in ../shared/corpus are not beside the clone.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "support/corpus.h"

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::string(argv[i]) == "[corpus]" && loupe::test::corpus_files().empty()) {
      std::printf("SKIPPED: no documents in %s (a user's clone has no ../shared)\n",
                  loupe::test::corpus_dir().c_str());
      return 77;
    }
  }
  return Catch::Session().run(argc, argv);
}
