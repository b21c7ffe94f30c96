# macOS recipe (app bundle + macdeployqt + DMG through CPack). NOT TESTED: Tether's CI runs on
# Debian only.
#   cmake --preset release && cmake --build --preset release
#   cd build/release && cpack -G DragNDrop
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
