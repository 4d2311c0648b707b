# Windows: at install time (cmake --install, and so in every CPack package), windeployqt copies
# beside the installed osiedle.exe and osiedle-cli.exe the Qt libraries they use, the plugins
# they need (platforms, styles, printsupport, imageformats, iconengines) and Qt's Polish and
# English translations; the Visual C++ runtime DLLs are installed app-local, so the portable ZIP
# runs on a machine without the redistributable.

# Qt6Core's package names its prefix and binary folder (C:/Qt/6.5.3/msvc2019_64 and bin).
find_program(OSIEDLE_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
install(CODE "
    set(binaries \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/osiedle.exe\"
                 \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/osiedle-cli.exe\")
    if(\"\${CMAKE_INSTALL_CONFIG_NAME}\" STREQUAL \"Debug\")
        set(kind --debug)
    else()
        set(kind --release)
    endif()
    message(STATUS \"windeployqt: Qt beside the installed programs\")
    execute_process(
        COMMAND \"${OSIEDLE_WINDEPLOYQT}\" \${kind} --no-compiler-runtime --no-system-d3d-compiler
                --no-opengl-sw --translations pl,en \${binaries}
        RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR \"windeployqt failed (\${failed})\")
    endif()
")

set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_UCRT_LIBRARIES ON)
include(InstallRequiredSystemLibraries)
