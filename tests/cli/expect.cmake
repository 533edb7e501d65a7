# Assertions shared by the CLI test scripts (run with cmake -P).

# Fails naming `label` unless `text` contains every one of the strings after it.
function(expect_contains text label)
  foreach(expected IN LISTS ARGN)
    string(FIND "${text}" "${expected}" pos)
    if(pos EQUAL -1)
      message(FATAL_ERROR "${label} lacks '${expected}':\n${text}")
    endif()
  endforeach()
endfunction()
