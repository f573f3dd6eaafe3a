# The Windows packages: an NSIS installer (Start-menu entry, *.journey association, optional
# PATH entry for journeyscope-cli, uninstaller) and a ZIP of the same files. Included from
# installer/CMakeLists.txt on Windows; installer/README.md says how to build them.
#
# The installed tree:  bin/journeyscope.exe, bin/journeyscope-cli.exe, the Qt DLLs and
# bin/qt.conf (windeployqt), plugins/ (Qt plugins), translations/ (Qt's own .qm files),
# the other DLLs the binaries load (Graphviz with its plugins, XGBoost, SQLite, zlib) and the
# MSVC runtime.
get_property(journeyscope_ico GLOBAL PROPERTY JOURNEYSCOPE_ICON_ICO)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "Journeyscope-${PROJECT_VERSION}-win64")

# 1. Qt: windeployqt copies the Qt DLLs, plugins (platforms, imageformats, iconengines,
#    styles, ...) and Qt's translations for both executables and writes qt.conf.
set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy_journeyscope.cmake")
file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:journeyscope>\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:journeyscope-cli>\"
    GENERATE_QT_CONF
)
")
install(SCRIPT "${deploy_script}")

# 2. Everything else the executables link (Graphviz, XGBoost, SQLite, zlib, ...): looked
#    up in the folders of the libraries found at configure time and their ../bin (where
#    vcpkg and the Graphviz installer keep the DLLs), plus JOURNEYSCOPE_RUNTIME_DIRS.
set(JOURNEYSCOPE_RUNTIME_DIRS "" CACHE STRING
  "Extra folders (;-separated) holding DLLs that journeyscope.exe needs, for the installer")
set(runtime_dirs ${JOURNEYSCOPE_RUNTIME_DIRS})
foreach(library IN ITEMS "${XGBOOST_LIBRARY}" "${SQLite3_LIBRARY}")
  if(library)
    get_filename_component(library_dir "${library}" DIRECTORY)
    list(APPEND runtime_dirs "${library_dir}" "${library_dir}/../bin")
  endif()
endforeach()
foreach(library_dir IN LISTS GRAPHVIZ_LIBRARY_DIRS)
  list(APPEND runtime_dirs "${library_dir}" "${library_dir}/../bin")
endforeach()
install(RUNTIME_DEPENDENCY_SET journeyscope_runtime
  DESTINATION ${CMAKE_INSTALL_BINDIR}
  # Windows system DLLs and the MSVC runtime (step 4) by name, Qt's DLLs (step 1); the
  # names are spelt case-insensitively, as Windows matches them.
  PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "^[Qq][Tt]6"
    "^([Mm][Ss][Vv][Cc][Pp]|[Vv][Cc][Rr][Uu][Nn][Tt][Ii][Mm][Ee]|[Cc][Oo][Nn][Cc][Rr][Tt])[0-9_]*"
  POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]in[Ss]x[Ss][/\\\\].*"
  DIRECTORIES ${runtime_dirs})

# 3. Graphviz loads its layout and text plugins at run time (gvplugin_*.dll, listed in the
#    file config6 beside them); it looks for them next to gvc.dll, so they go to bin/.
find_file(JOURNEYSCOPE_GRAPHVIZ_CONFIG config6 PATHS ${runtime_dirs} NO_DEFAULT_PATH
  DOC "Graphviz's plugin list (config6); its gvplugin_*.dll are installed with it")
if(JOURNEYSCOPE_GRAPHVIZ_CONFIG)
  get_filename_component(graphviz_plugin_dir "${JOURNEYSCOPE_GRAPHVIZ_CONFIG}" DIRECTORY)
  file(GLOB graphviz_plugins "${graphviz_plugin_dir}/gvplugin_*.dll")
  install(FILES "${JOURNEYSCOPE_GRAPHVIZ_CONFIG}" ${graphviz_plugins}
    DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
  message(WARNING "Graphviz's config6 was not found: the installer will lack its plugins "
    "and the journey graph cannot be laid out. Set JOURNEYSCOPE_GRAPHVIZ_CONFIG.")
endif()

# 4. The MSVC runtime DLLs, into bin/.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The NSIS installer.
set(CPACK_NSIS_PACKAGE_NAME "Journeyscope")
set(CPACK_NSIS_DISPLAY_NAME "Journeyscope ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_MUI_ICON "${journeyscope_ico}")
set(CPACK_NSIS_MUI_UNIICON "${journeyscope_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\journeyscope.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Offers to put bin/ on the PATH, for journeyscope-cli.
set(CPACK_NSIS_MODIFY_PATH ON)
# Start menu: Journeyscope -> bin/journeyscope.exe.
set(CPACK_PACKAGE_EXECUTABLES "journeyscope" "Journeyscope")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
# *.journey opens in Journeyscope (ProgID Journeyscope.Project, with the application's
# icon), for all users or the current one as the installer runs (SHCTX); Explorer is told.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.journey" "" "Journeyscope.Project"
  WriteRegStr SHCTX "Software\Classes\.journey" "Content Type" "application/x-journeyscope-project"
  WriteRegStr SHCTX "Software\Classes\Journeyscope.Project" "" "Journeyscope project"
  WriteRegStr SHCTX "Software\Classes\Journeyscope.Project\DefaultIcon" "" "$INSTDIR\bin\journeyscope.exe,0"
  WriteRegStr SHCTX "Software\Classes\Journeyscope.Project\shell\open\command" "" '"$INSTDIR\bin\journeyscope.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\journeyscope.exe\SupportedTypes" ".journey" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.journey" ""
  StrCmp $0 "Journeyscope.Project" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.journey"
  DeleteRegKey SHCTX "Software\Classes\Journeyscope.Project"
  DeleteRegKey SHCTX "Software\Classes\Applications\journeyscope.exe"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
