# The packages, made by CPack from the install tree (`cmake --build --preset release --target
# package`, or scripts/package):
#   Linux:   osiedle_<version>_amd64.deb (dependencies computed from the binaries by
#            dpkg-shlibdeps, plus what they load at run time and shlibdeps cannot see);
#   Windows: an NSIS installer (Program Files, Start menu, the .osiedle file type with its icon,
#            an uninstaller) and a portable ZIP of the same tree.

set(CPACK_PACKAGE_NAME osiedle)
set(CPACK_PACKAGE_VENDOR "Osiedle developers")
set(CPACK_PACKAGE_CONTACT "${OSIEDLE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "records and reports of a project that founds social cooperatives")
set(CPACK_PACKAGE_DESCRIPTION
    "Osiedle is the desktop tool of a project office that founds estate social\n"
    "cooperatives together with housing cooperatives, social welfare centres and\n"
    "labour offices. It keeps a whole project in one file and works offline:\n"
    "recruitment of housing cooperatives and participants, training and\n"
    "attendance, the consultation point, the social cooperatives and their work\n"
    "orders, tenants' debts and instalment agreements, the project's products and\n"
    "events, and the quarterly indicator report for the funder, printed or saved\n"
    "as PDF, CSV or XLSX. osiedle-cli does the same work from scripts.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Osiedle")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_PACKAGE_FILE_NAME "Osiedle-${PROJECT_VERSION}-win64")
    set(CPACK_PACKAGE_EXECUTABLES osiedle Osiedle)
    set(CPACK_CREATE_DESKTOP_LINKS osiedle)
    set(CPACK_NSIS_DISPLAY_NAME "Osiedle")
    set(CPACK_NSIS_PACKAGE_NAME "Osiedle ${PROJECT_VERSION}")
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\osiedle.exe")
    set(CPACK_NSIS_MUI_ICON "${OSIEDLE_ICO}")
    set(CPACK_NSIS_MUI_UNIICON "${OSIEDLE_ICO}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    # The .osiedle file type (registry of the machine: the installer runs as administrator):
    # kept in .nsh files so that no NSIS text goes through CMake's escaping.
    file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/windows/FileTypeInstall.nsh" install_nsh)
    file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/windows/FileTypeUninstall.nsh" uninstall_nsh)
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${install_nsh}'")
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${uninstall_nsh}'")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so invisible to dpkg-shlibdeps: the window's platform plugin (xcb)
    # and Qt's own Polish texts of its standard dialogs and buttons. The documents' font is
    # inside the programs (resources/fonts).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

include(CPack)
