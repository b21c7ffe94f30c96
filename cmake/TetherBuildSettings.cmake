# Every target links tether_build_settings: one place for the language level, warnings and Qt defines.
add_library(tether_build_settings INTERFACE)
target_compile_features(tether_build_settings INTERFACE cxx_std_20)
target_compile_definitions(tether_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(tether_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
if(TETHER_WARNINGS_AS_ERRORS)
    target_compile_options(tether_build_settings INTERFACE -Werror)
endif()
if(TETHER_SANITIZE)
    target_compile_options(tether_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tether_build_settings INTERFACE -fsanitize=address,undefined)
endif()
if(TETHER_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "TETHER_FUZZ needs clang (libFuzzer); use the fuzz preset")
    endif()
    # Coverage for libFuzzer in every object; the fuzz targets add -fsanitize=fuzzer to link.
    target_compile_options(tether_build_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(tether_build_settings INTERFACE -fsanitize=address,undefined)
endif()
