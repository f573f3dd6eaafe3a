# The macOS package: a disk image holding Journeyscope.app (drag it to Applications).
# Included from installer/CMakeLists.txt on macOS; installer/README.md says how to build it.
#
# The bundle (app/CMakeLists.txt): Contents/MacOS/Journeyscope and journeyscope-cli,
# Contents/Info.plist from installer/macos/Info.plist.in (declares *.journey as the exported
# type app.journeyscope.project), Contents/Resources/app.journeyscope.Journeyscope.icns
# (drawn from the SVG at build time); macdeployqt adds Contents/Frameworks and PlugIns.
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Journeyscope-${PROJECT_VERSION}-macOS")
set(CPACK_DMG_VOLUME_NAME "Journeyscope ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDBZ")

# Graphviz loads its layout and text plugins at run time from the folder "graphviz" beside
# libgvc (Homebrew: $(brew --prefix)/lib/graphviz, with the plugin list config6a). They are
# copied into Contents/Frameworks/graphviz and handed to macdeployqt with the rest.
find_file(JOURNEYSCOPE_GRAPHVIZ_CONFIG NAMES config6a config6
  PATHS ${GRAPHVIZ_LIBRARY_DIRS} PATH_SUFFIXES graphviz NO_DEFAULT_PATH
  DOC "Graphviz's plugin list (config6a); its libgvplugin_*.dylib are bundled with it")
set(graphviz_plugins_in_bundle "")
if(JOURNEYSCOPE_GRAPHVIZ_CONFIG)
  get_filename_component(graphviz_plugin_dir "${JOURNEYSCOPE_GRAPHVIZ_CONFIG}" DIRECTORY)
  file(GLOB graphviz_plugins "${graphviz_plugin_dir}/libgvplugin_*.dylib")
  install(FILES "${JOURNEYSCOPE_GRAPHVIZ_CONFIG}" ${graphviz_plugins}
    DESTINATION Journeyscope.app/Contents/Frameworks/graphviz)
  foreach(plugin IN LISTS graphviz_plugins)
    get_filename_component(plugin_name "${plugin}" NAME)
    list(APPEND graphviz_plugins_in_bundle
      "Journeyscope.app/Contents/Frameworks/graphviz/${plugin_name}")
  endforeach()
else()
  message(WARNING "Graphviz's config6a was not found: the bundle will lack its plugins and "
    "the journey graph cannot be laid out. Set JOURNEYSCOPE_GRAPHVIZ_CONFIG.")
endif()

# macdeployqt: Qt frameworks and plugins into the bundle, every other non-system library
# (Graphviz, XGBoost, SQLite if not the system's) into Contents/Frameworks, and the install
# names of the application, the command-line tool and the Graphviz plugins rewritten to
# point there. Runs after the bundle is installed, so both `cmake --install` and cpack get
# a self-contained Journeyscope.app.
set(deploy_script "${CMAKE_CURRENT_BINARY_DIR}/deploy_journeyscope.cmake")
list(JOIN graphviz_plugins_in_bundle "\" \"" graphviz_plugin_args)
if(graphviz_plugin_args)
  set(graphviz_plugin_args "ADDITIONAL_LIBRARIES \"${graphviz_plugin_args}\"")
endif()
file(GENERATE OUTPUT "${deploy_script}" CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"Journeyscope.app\"
    ADDITIONAL_EXECUTABLES \"Journeyscope.app/Contents/MacOS/journeyscope-cli\"
    ${graphviz_plugin_args}
)
")
install(SCRIPT "${deploy_script}")
