# macOS recipe (app bundle + macdeployqt + DMG through CPack). NOT TESTED: Tether's CI runs on
# Debian only.
#   cmake --preset release && cmake --build --preset release
#   cd build/release && cpack -G DragNDrop
# tether.icns from the committed hicolor PNGs with Apple's iconutil (macOS only).
set(iconset ${CMAKE_CURRENT_BINARY_DIR}/tether.iconset)
set(icns ${CMAKE_CURRENT_BINARY_DIR}/tether.icns)
set(icon_dir ${PROJECT_SOURCE_DIR}/resources/icons/hicolor)
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    COMMAND ${CMAKE_COMMAND} -E copy ${icon_dir}/16x16/apps/org.tetherhttp.Tether.png ${iconset}/icon_16x16.png
    COMMAND ${CMAKE_COMMAND} -E copy ${icon_dir}/32x32/apps/org.tetherhttp.Tether.png ${iconset}/icon_32x32.png
    COMMAND ${CMAKE_COMMAND} -E copy ${icon_dir}/128x128/apps/org.tetherhttp.Tether.png ${iconset}/icon_128x128.png
    COMMAND ${CMAKE_COMMAND} -E copy ${icon_dir}/256x256/apps/org.tetherhttp.Tether.png ${iconset}/icon_256x256.png
    COMMAND ${CMAKE_COMMAND} -E copy ${icon_dir}/512x512/apps/org.tetherhttp.Tether.png ${iconset}/icon_512x512.png
    COMMAND iconutil -c icns -o ${icns} ${iconset}
    VERBATIM)
target_sources(tether PRIVATE ${icns})
set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(tether PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_BUNDLE_NAME "Tether"
    MACOSX_BUNDLE_GUI_IDENTIFIER "org.tetherhttp.Tether"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "tether.icns")
find_program(MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
if(MACDEPLOYQT)
    # Frameworks and plugins (cocoa platform, SQLite driver, TLS backend) into the bundle;
    # tether-run is copied into Contents/MacOS so it shares them.
    install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/tether.app\"
                      \"-executable=\${CMAKE_INSTALL_PREFIX}/tether.app/Contents/MacOS/tether-run\"
                      -always-overwrite COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "macdeployqt not found: the bundle would lack the Qt frameworks")
endif()
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Tether ${PROJECT_VERSION}")
# QtKeychain uses the macOS Keychain there: no extra runtime dependency.
