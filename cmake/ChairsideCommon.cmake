# Settings every Chairside target shares: strict Qt string handling, warnings and hardening.
include(CheckPIESupported)
check_pie_supported()

function(chairside_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_STRICT_ITERATORS
        CHAIRSIDE_VERSION="${PROJECT_VERSION}")
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Werror=switch -Werror=return-type -Wnon-virtual-dtor
        -fstack-protector-strong
        $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
    target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    if(CHAIRSIDE_ASAN)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# A module library: chairside_add_module(NAME sources... ) then link it like any target.
# Each module has its own include root, <build>/include/NAME, holding one entry named after
# the module's folder (a link to it): `#include "store/cache.h"` resolves only in a target
# that links chairside_store itself or through a PUBLIC dependency. So a module linked
# PRIVATE stays out of sight of whoever links the linker: the store behind the services is
# not reachable from ui/ or app/, and a header of it included there fails to compile.
function(chairside_add_module name)
    add_library(${name} STATIC ${ARGN})
    chairside_apply_common_settings(${name})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(root "${PROJECT_BINARY_DIR}/include/${name}")
    file(MAKE_DIRECTORY "${root}")
    file(REMOVE "${root}/${folder}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${folder}" SYMBOLIC)
    target_include_directories(${name} PUBLIC "${root}")
endfunction()

# One Qt Test executable per suite, registered with CTest.
#   chairside_add_test(tst_name SOURCES a.cpp LIBS lib... [LABELS l] [TIMEOUT s])
function(chairside_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    chairside_apply_common_settings(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test chairside_testsupport ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=en_US.UTF-8;LC_ALL=C.UTF-8;TZ=America/Chicago;CHAIRSIDE_BIN_DIR=${PROJECT_BINARY_DIR}/bin;CHAIRSIDE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
