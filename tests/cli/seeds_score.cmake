# Builds ../shared/corpus/seeds and runs the shared scorer on it; skipped
# (exit 77) with a message when ../shared is not beside the repository.
set(shared "${SOURCE_DIR}/../shared")
if(NOT EXISTS "${shared}/corpus/seeds" OR NOT EXISTS "${shared}/eval/score.py")
  message("SKIP: ${shared}/corpus/seeds not found; the seed articles are not part of the repository")
  execute_process(COMMAND ${CMAKE_COMMAND} -E false)
  cmake_language(EXIT 77)
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${EVENTGRAPH}" build "${shared}/corpus/seeds" --out "${WORK_DIR}" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "build on the seeds failed (${rc}): ${err}")
endif()
execute_process(COMMAND python3 "${shared}/eval/score.py" --gold "${shared}/eval/seeds.gold.json" "${WORK_DIR}/timeline.json" --quiet
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
message("${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "score.py failed (${rc})")
endif()
