# Graphviz plugins linked into chainmap, so rendering needs neither the plugin config file
# written by the libgvc6 package nor the `dot` program (src/render/gvc.cc preloads them with
# gvContextPlugins). The plugin libraries live in the `graphviz/` folder of the multiarch lib
# dir and are only shipped with their .so.6 names: link those exact files, with an rpath.
pkg_get_variable(CHAINMAP_GV_LIBDIR libgvc libdir)
set(CHAINMAP_GV_PLUGIN_DIR "${CHAINMAP_GV_LIBDIR}/graphviz")
set(CHAINMAP_GV_PLUGINS)
foreach(plugin dot_layout neato_layout core pango)
  find_library(CHAINMAP_GVPLUGIN_${plugin} NAMES libgvplugin_${plugin}.so.6
               PATHS "${CHAINMAP_GV_PLUGIN_DIR}" NO_DEFAULT_PATH)
  if(NOT CHAINMAP_GVPLUGIN_${plugin})
    message(FATAL_ERROR "Graphviz plugin libgvplugin_${plugin}.so.6 not found in "
                        "${CHAINMAP_GV_PLUGIN_DIR} (install libgvc6; scripts/install-deps.sh)")
  endif()
  list(APPEND CHAINMAP_GV_PLUGINS "${CHAINMAP_GVPLUGIN_${plugin}}")
endforeach()
# Static library: the plugins and the rpath travel to every executable linking chainmap_lib.
target_link_libraries(chainmap_lib PRIVATE ${CHAINMAP_GV_PLUGINS})
target_link_options(chainmap_lib INTERFACE "LINKER:-rpath,${CHAINMAP_GV_PLUGIN_DIR}")
