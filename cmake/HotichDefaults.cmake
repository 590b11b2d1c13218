# Project-wide compiler settings, applied per target (no directory-wide flags).

if(HOTICH_SANITIZE)
    # Sanitizers must cover every object, so these are global on purpose.
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(HOTICH_FUZZ)
    # Coverage instrumentation for every object; the fuzz targets themselves link libFuzzer.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(HOTICH_CLANG_TIDY)
    find_program(CLANG_TIDY_EXE NAMES clang-tidy REQUIRED)
    set(CMAKE_CXX_CLANG_TIDY "${CLANG_TIDY_EXE}")
endif()

# Warnings and strict Qt string handling: with Vietnamese text everywhere an accidental
# Latin-1 conversion is a real bug, so every implicit char* <-> QString cast is off.
function(hotich_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual)
    if(HOTICH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_FOREACH
        QT_NO_KEYWORDS)
endfunction()

# Programs (not libraries) get jemalloc when it was found. A registration makes thousands of small
# allocations; after a bulk import has left glibc's heap fragmented they took twice as long, while
# jemalloc keeps them as fast as in a fresh process (docs/benchmarks.md).
function(hotich_program_defaults target)
    hotich_target_defaults(${target})
    if(TARGET PkgConfig::JEMALLOC)
        target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
    endif()
endfunction()
