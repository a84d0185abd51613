# The library for other programs (docs/api.md): `cmake --install` puts libchainmap.a, the
# public headers of include/chainmap/ (and the generated chainmap/version.h), a CMake package
# (`find_package(chainmap)` -> chainmap::chainmap) and a pkg-config file (chainmap.pc) in place,
# all in the Development component, which the Debian package leaves out.
include(CMakePackageConfigHelpers)
set(CHAINMAP_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/chainmap)

install(TARGETS chainmap_lib EXPORT chainmapTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development)
install(DIRECTORY include/chainmap DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
        COMPONENT Development FILES_MATCHING PATTERN "*.h")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/generated/chainmap/version.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/chainmap COMPONENT Development)
install(EXPORT chainmapTargets NAMESPACE chainmap:: DESTINATION ${CHAINMAP_CMAKE_DIR}
        COMPONENT Development)

configure_package_config_file(cmake/chainmapConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/chainmapConfig.cmake INSTALL_DESTINATION ${CHAINMAP_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/chainmapConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/chainmapConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/chainmapConfigVersion.cmake
        DESTINATION ${CHAINMAP_CMAKE_DIR} COMPONENT Development)

# pkg-config: the library is static, so Requires and Libs carry everything it links (plain
# `pkg-config --libs chainmap` is enough). The prefix is found from the .pc file's own place,
# so `cmake --install --prefix DIR` anywhere gives a working file.
string(REGEX REPLACE "[^/]+" ".." CHAINMAP_PC_UP "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
list(JOIN CHAINMAP_GV_PLUGINS " " CHAINMAP_PC_PLUGINS)
list(JOIN CHAINMAP_SANITIZER_LINK_FLAGS " " CHAINMAP_PC_SANITIZER)
configure_file(cmake/chainmap.pc.in ${CMAKE_CURRENT_BINARY_DIR}/chainmap.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/chainmap.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT Development)
