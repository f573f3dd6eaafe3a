# The Debian package (Debian 12): `cpack -G DEB`, or `cpack --preset package`.
# Included from installer/CMakeLists.txt on Linux.
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # journeyscope_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Stripped binaries, without the .comment and .note sections either (as dh_strip does).
set(CPACK_STRIP_FILES ON)
foreach(program journeyscope journeyscope-cli)
  install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
      execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/${program}\"
        COMMAND_ERROR_IS_FATAL ANY)
    endif()")
endforeach()

# Depends: the libraries the binaries link, found by dpkg-shlibdeps, plus what they load
# at run time without linking it. tests/installer/run.sh checks that every library and
# plugin the installed binaries really load comes from a package these pull in.
# - The Qt plugins loaded are in packages shlibdeps already names: the X11 (xcb) and
#   offscreen platform plugins, the input-context and xcb-GL plugins in libqt6gui6 (Debian
#   12's qt6-qpa-plugins only holds the vnc and tuiotouch plugins), the SVG icon engine
#   for the window icon in libqt6svg6 (linked for the SVG export). Graphviz's layout and
#   text plugins are in libgvc6.
# - The application uses no Qt SQL driver (it opens SQLite directly), so libqt6sql6-sqlite
#   is not needed.
# - fonts-dejavu-core: without a font every glyph of a view or an export is a box.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
# Recommends: Qt's own translations (qtbase_xx.qm: standard dialogs and buttons, loaded from
# /usr/share/qt6/translations next to Journeyscope's) and the Wayland platform plugin
# (without it Qt runs through XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

# /usr/share/doc/journeyscope: the changelog Debian wants in every package, and the
# licence as the copyright file once the project has one.
# The changelog's date is the release date of resources/CMakeLists.txt, in RFC 5322 form.
execute_process(COMMAND date -u -R -d "${JOURNEYSCOPE_RELEASE_DATE}"
  OUTPUT_VARIABLE JOURNEYSCOPE_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE
  COMMAND_ERROR_IS_FATAL ANY)
configure_file(debian/changelog.in changelog @ONLY)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
add_custom_command(OUTPUT changelog.gz
  COMMAND ${GZIP_EXECUTABLE} -9nf -k changelog
  DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog
  VERBATIM)
add_custom_target(journeyscope_debian_changelog ALL DEPENDS changelog.gz)
set(doc_dir ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${doc_dir})
if(CPACK_RESOURCE_FILE_LICENSE)
  install(FILES ${CPACK_RESOURCE_FILE_LICENSE} DESTINATION ${doc_dir} RENAME copyright)
endif()
