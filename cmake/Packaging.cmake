# The package, made by CPack from the install tree (`cmake --build --preset release --target
# package`, or scripts/package): osiedle_<version>_amd64.deb, its dependencies computed from the
# binaries by dpkg-shlibdeps, plus what they load at run time and shlibdeps cannot see.

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

include(CPack)
