# Finds the two optional libraries of the XLSX formats and says on the configure output which
# XLSX support this build has:
#   libxlsxwriter (writing .xlsx)  -> target Osiedle::xlsxwriter, OSIEDLE_XLSX_WRITER_FROM
#   libzip (reading .xlsx)         -> target Osiedle::libzip,     OSIEDLE_XLSX_READER_FROM
# pkg-config is asked first (Debian's libzip CMake package names command-line tools that are a
# separate package); without pkg-config, or when it does not know them, the libraries' CMake
# packages (vcpkg's libzip) or a plain search for the header and the library are used, so that
# a Windows build without pkg-config keeps its XLSX support.

# OFF finds them as a Windows build without pkg-config does (the windows-check preset).
option(OSIEDLE_XLSX_PKGCONFIG "Look for the XLSX libraries through pkg-config first" ON)
if(OSIEDLE_XLSX_PKGCONFIG)
    find_package(PkgConfig QUIET)
endif()
if(PkgConfig_FOUND AND OSIEDLE_XLSX_PKGCONFIG)
    pkg_check_modules(XLSXWRITER QUIET IMPORTED_TARGET xlsxwriter)
    pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip)
endif()

set(OSIEDLE_XLSX_WRITER_FROM "")
if(TARGET PkgConfig::XLSXWRITER)
    add_library(Osiedle::xlsxwriter ALIAS PkgConfig::XLSXWRITER)
    set(OSIEDLE_XLSX_WRITER_FROM "pkg-config, version ${XLSXWRITER_VERSION}")
else()
    # libxlsxwriter installs no CMake package; vcpkg puts its header and library in the prefix.
    find_path(OSIEDLE_XLSXWRITER_INCLUDE_DIR NAMES xlsxwriter.h)
    find_library(OSIEDLE_XLSXWRITER_LIBRARY NAMES xlsxwriter libxlsxwriter)
    if(OSIEDLE_XLSXWRITER_INCLUDE_DIR AND OSIEDLE_XLSXWRITER_LIBRARY)
        add_library(Osiedle::xlsxwriter UNKNOWN IMPORTED)
        set_target_properties(Osiedle::xlsxwriter PROPERTIES
            IMPORTED_LOCATION "${OSIEDLE_XLSXWRITER_LIBRARY}"
            INTERFACE_INCLUDE_DIRECTORIES "${OSIEDLE_XLSXWRITER_INCLUDE_DIR}")
        set(OSIEDLE_XLSX_WRITER_FROM "${OSIEDLE_XLSXWRITER_LIBRARY}")
    endif()
endif()

set(OSIEDLE_XLSX_READER_FROM "")
if(TARGET PkgConfig::LIBZIP)
    add_library(Osiedle::libzip ALIAS PkgConfig::LIBZIP)
    set(OSIEDLE_XLSX_READER_FROM "pkg-config, version ${LIBZIP_VERSION}")
else()
    find_package(libzip CONFIG QUIET)
    if(TARGET libzip::zip)
        add_library(Osiedle::libzip ALIAS libzip::zip)
        set(OSIEDLE_XLSX_READER_FROM "CMake package, version ${libzip_VERSION}")
    endif()
endif()

if(OSIEDLE_XLSX_WRITER_FROM)
    message(STATUS "XLSX export: built, with libxlsxwriter (${OSIEDLE_XLSX_WRITER_FROM})")
else()
    message(WARNING "XLSX export: NOT built: libxlsxwriter was not found (neither pkg-config nor the "
                    "header and library); the program will refuse to write .xlsx files")
endif()
if(OSIEDLE_XLSX_READER_FROM)
    message(STATUS "XLSX import: built, with libzip (${OSIEDLE_XLSX_READER_FROM})")
else()
    message(WARNING "XLSX import: NOT built: libzip was not found (neither pkg-config nor its CMake "
                    "package); the program will refuse to read .xlsx files")
endif()
