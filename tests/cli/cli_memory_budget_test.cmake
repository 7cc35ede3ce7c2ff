# loupe index --memory-mb N: a file that would pass the budget is out_of_memory (exit 1, stderr
# naming the file and saying the output was not written, no output file); a bad N is a usage
# error (exit 2); without the flag the same files are indexed.
string(REPEAT "The committee met on Tuesday to read the new report about the river. " 20000 big)
set(small_file "${WORK}/cli_budget_small.txt")
set(big_file "${WORK}/cli_budget_big.txt")
set(output "${WORK}/cli_budget.loupe")
file(WRITE "${small_file}" "A short note about the river.\n")
file(WRITE "${big_file}" "${big}")
file(REMOVE "${output}")

execute_process(COMMAND ${LOUPE} index --memory-mb 2 "${small_file}" "${big_file}" -o "${output}"
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "budget: exit code ${rc}, want 1 (stdout: ${out})")
endif()
if(NOT err MATCHES "^loupe: out_of_memory: [^\n]*cli_budget_big.txt[^\n]*was not written")
  message(FATAL_ERROR "budget: stderr '${err}'")
endif()
if(EXISTS "${output}")
  message(FATAL_ERROR "budget: ${output} was written")
endif()

execute_process(COMMAND ${LOUPE} index --memory-mb x "${small_file}" -o "${output}" RESULT_VARIABLE rc
                OUTPUT_QUIET ERROR_QUIET)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "a bad --memory-mb: exit code ${rc}, want 2")
endif()

execute_process(COMMAND ${LOUPE} index "${small_file}" "${big_file}" -o "${output}"
                OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_QUIET)
string(JSON docs GET "${out}" documents)
if(NOT rc EQUAL 0 OR NOT docs EQUAL 2)
  message(FATAL_ERROR "without a budget: exit code ${rc}, stdout ${out}")
endif()
message(STATUS "cli_memory_budget: refused with its file named, nothing written; usage; no budget")
