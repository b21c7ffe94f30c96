# Windows recipe (NSIS through CPack). NOT TESTED: Tether's CI runs on Debian only.
# Build with the Qt 6 MSVC kit and QtKeychain built for it, then:
#   cmake --preset release -G "Visual Studio 17 2022" && cmake --build build/release --config Release
#   cmake --install build/release --config Release --prefix stage   (runs windeployqt, below)
#   cd build/release && cpack -G NSIS -C Release
find_program(WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
if(WINDEPLOYQT)
    # Copies the Qt DLLs, the platform plugin (qwindows), the SQLite driver and TLS backend
    # next to the installed executables.
    install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-translations
                      --no-compiler-runtime \"\${CMAKE_INSTALL_PREFIX}/bin/tether.exe\"
                      \"\${CMAKE_INSTALL_PREFIX}/bin/tether-run.exe\" COMMAND_ERROR_IS_FATAL ANY)")
else()
    message(WARNING "windeployqt not found: the installer would lack the Qt DLLs")
endif()
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_DISPLAY_NAME "Tether")
set(CPACK_NSIS_PACKAGE_NAME "Tether")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/installer/windows/tether.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tether.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://tetherhttp.org")
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put tether-run on PATH
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_PACKAGE_EXECUTABLES "tether" "Tether")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tether")
# QtKeychain uses the Windows Credential Store there: no extra runtime dependency.
