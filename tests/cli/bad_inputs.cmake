# A binary file, an invalid-UTF-8 file and an empty file among good inputs:
# each gets a one-line error naming it, the good files are processed, and the
# exit code is 1 (partial success).
include("${CMAKE_CURRENT_LIST_DIR}/expect.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/in")
file(COPY "${SOURCE_DIR}/examples/articles/01_strait_talks.txt" DESTINATION "${WORK_DIR}/in")
execute_process(COMMAND printf "PK\\000\\001\\002junk" OUTPUT_FILE "${WORK_DIR}/in/binary.bin")
file(WRITE "${WORK_DIR}/in/empty.txt" "")
execute_process(COMMAND printf "Troops moved \\303\\050 north.\\n" OUTPUT_FILE "${WORK_DIR}/in/latin1.txt")
execute_process(COMMAND "${EVENTGRAPH}" build "${WORK_DIR}/in" --out "${WORK_DIR}/out"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit code 1, got ${rc}\n${out}\n${err}")
endif()
expect_contains("${err}" stderr "binary.bin: binary file" "empty.txt: empty file" "latin1.txt: invalid UTF-8 at byte 13")
string(FIND "${out}" "documents: 1" pos)
if(pos EQUAL -1 OR NOT EXISTS "${WORK_DIR}/out/timeline.json" OR NOT EXISTS "${WORK_DIR}/out/graph.graphml")
  message(FATAL_ERROR "the good file was not processed:\n${out}")
endif()
