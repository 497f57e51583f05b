# The core's header of error codes, generated from the one list of codes, web/errors/codes.js, by
# scripts/error_codes_header.js (Node, which Emscripten needs anyway): a new code is a row there.
# zfak_error_codes(<the core's target> <the repository's root>)
function(zfak_error_codes target root)
  find_program(ZFAK_NODE NAMES node nodejs REQUIRED NO_CMAKE_FIND_ROOT_PATH)
  set(folder ${CMAKE_BINARY_DIR}/generated)
  add_custom_command(OUTPUT ${folder}/error_codes.hpp
    COMMAND ${CMAKE_COMMAND} -E make_directory ${folder}
    COMMAND ${ZFAK_NODE} ${root}/scripts/error_codes_header.js ${folder}/error_codes.hpp
    DEPENDS ${root}/web/errors/codes.js ${root}/scripts/error_codes_header.js
    VERBATIM)
  add_custom_target(${target}_error_codes DEPENDS ${folder}/error_codes.hpp)
  add_dependencies(${target} ${target}_error_codes)
  target_include_directories(${target} PUBLIC ${folder})
endfunction()
