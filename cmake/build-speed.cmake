# Build speed for whole-tree builds (docs/contributing.md, "Build times"). With CHAINMAP_UNITY
# (on in `make test`, off in `make build` and `make check`, where one changed file should
# recompile alone):
#  - unity build of the library and the command line: the files of one folder
#    are compiled together, CHAINMAP_UNITY_BATCH at a time, so the standard library, fmt,
#    nlohmann-json and CLI11 are parsed once per batch instead of once per file;
#  - the rule files (src/rules/<group>/*.cc) stay out of it, since each defines its own `check`
#    in an anonymous namespace; they share a precompiled header instead, as the unit tests do.
# A unity batch is one translation unit: two files of a folder defining the same name in an
# anonymous namespace, or static, clash. Rename one of them (it helps readers too) or add the
# file to CHAINMAP_UNITY_SKIP below.
option(CHAINMAP_UNITY "Unity build and precompiled headers (faster whole builds)" OFF)
set(CHAINMAP_UNITY_BATCH 8 CACHE STRING "Files per unity translation unit")
if(NOT CHAINMAP_UNITY)
  return()
endif()

# Files, relative to the source folder, kept out of the unity build.
set(CHAINMAP_UNITY_SKIP
  src/format/hours.cc  # its fail() is duration.cc's
)

# Groups the sources of `target` by folder, CHAINMAP_UNITY_BATCH files a group, in name order,
# so adding a file changes only the batches of its own folder.
function(chainmap_unity target)
  get_target_property(sources ${target} SOURCES)
  get_target_property(target_dir ${target} SOURCE_DIR)
  list(SORT sources)
  set(skipped)
  foreach(source IN LISTS sources)
    cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${target_dir}" OUTPUT_VARIABLE path)
    file(RELATIVE_PATH relative "${PROJECT_SOURCE_DIR}" "${path}")
    if(relative MATCHES "^src/rules/[^/]+/" OR relative MATCHES "^\\.\\./" OR relative MATCHES "^build"
       OR NOT relative MATCHES "\\.cc$" OR relative IN_LIST CHAINMAP_UNITY_SKIP
       OR path MATCHES "/generated/")
      list(APPEND skipped "${source}")
      continue()
    endif()
    get_filename_component(folder "${relative}" DIRECTORY)
    string(MAKE_C_IDENTIFIER "${folder}" id)
    if(NOT DEFINED count_${id})
      set(count_${id} 0)
    endif()
    math(EXPR batch "${count_${id}} / ${CHAINMAP_UNITY_BATCH}")
    math(EXPR count_${id} "${count_${id}} + 1")
    set_source_files_properties("${source}" TARGET_DIRECTORY ${target}
                                PROPERTIES UNITY_GROUP "${id}_${batch}")
  endforeach()
  if(skipped)
    set_source_files_properties(${skipped} TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
  endif()
  set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
endfunction()

chainmap_unity(chainmap_lib)
chainmap_unity(chainmap)
# The unit tests: a precompiled header, not a unity build (their helpers in anonymous
# namespaces share names, and new test files come often).
if(TARGET chainmap_unit)
  target_precompile_headers(chainmap_unit PRIVATE
    <doctest/doctest.h> <fmt/format.h> <string> <vector> <map> <optional> <algorithm>)
  set_source_files_properties(${PROJECT_SOURCE_DIR}/tests/unit/main.cc
    TARGET_DIRECTORY chainmap_unit PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endif()

# The rule files: what every one of them includes, parsed once.
target_precompile_headers(chainmap_lib PRIVATE
  <fmt/format.h> <string> <vector> <map> <optional> <algorithm>
  "${PROJECT_SOURCE_DIR}/src/rules/context.h")
get_target_property(lib_sources chainmap_lib SOURCES)
foreach(source IN LISTS lib_sources)
  if(NOT source MATCHES "/src/rules/[^/]+/")
    list(APPEND no_pch "${source}")
  endif()
endforeach()
set_source_files_properties(${no_pch} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
