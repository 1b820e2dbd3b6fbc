# Windows: resources of chatvox.exe (icon, version, manifest) and the deployment of everything
# it needs next to it at install time, so that `cmake --install` gives a runnable folder and
# CPack's NSIS installer carries all of it.
#   MSVC / official Qt: windeployqt (Qt's own tool), the MSVC runtime and QtKeychain's DLL.
#   MinGW (the Linux cross build, ../shared/tools/windows-cross): no windeployqt exists there,
#   so ChatVoxDeployMingw.cmake copies the same set: Qt plugins, then every DLL they and the
#   program import (found with objdump), and fails on an import it cannot find.
enable_language(RC)

string(REPLACE "." "," CHATVOX_VERSION_COMMAS "${PROJECT_VERSION},0")
set(CHATVOX_VERSION_QUAD "${PROJECT_VERSION}.0")
set(CHATVOX_ICO "${CHATVOX_RESOURCES}/icons/chatvox.ico")
set(CHATVOX_FILE_DESCRIPTION "ChatVox - Twitch chat read aloud")
configure_file("${CHATVOX_RESOURCES}/windows/chatvox.manifest"
    "${CMAKE_BINARY_DIR}/chatvox.manifest" @ONLY)
if(MSVC)
    set(CHATVOX_RC_MANIFEST "") # the linker embeds chatvox.manifest (a source of the target)
    target_sources(chatvox PRIVATE "${CMAKE_BINARY_DIR}/chatvox.manifest")
else()
    set(CHATVOX_RC_MANIFEST "1 24 \"${CMAKE_BINARY_DIR}/chatvox.manifest\"") # RT_MANIFEST
endif()
configure_file("${CHATVOX_RESOURCES}/windows/chatvox.rc.in" "${CMAKE_BINARY_DIR}/chatvox.rc" @ONLY)
target_sources(chatvox PRIVATE "${CMAKE_BINARY_DIR}/chatvox.rc")
set_property(SOURCE "${CMAKE_BINARY_DIR}/chatvox.rc" APPEND PROPERTY OBJECT_DEPENDS
    "${CHATVOX_ICO}" "${CMAKE_BINARY_DIR}/chatvox.manifest")

# Qt plugin folders the app needs (all their plugins): the platform, the widget styles, TLS
# backends (wss:// to Twitch), the audio backend, image formats and SVG icons, and network
# information. Folders this Qt lacks are skipped.
set(CHATVOX_QT_PLUGIN_DIRS styles tls multimedia imageformats iconengines networkinformation)

if(NOT QT6_INSTALL_PREFIX)
    get_filename_component(QT6_INSTALL_PREFIX "${Qt6_DIR}/../../.." ABSOLUTE)
endif()

if(MSVC OR TARGET Qt6::windeployqt)
    if(TARGET Qt6::windeployqt)
        get_target_property(CHATVOX_WINDEPLOYQT Qt6::windeployqt IMPORTED_LOCATION)
    else()
        find_program(CHATVOX_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/bin")
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries) # vcruntime140.dll and friends
    install(CODE "
        set(_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        execute_process(COMMAND \"${CHATVOX_WINDEPLOYQT}\" --no-translations
                --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                --dir \"\${_dir}\" \"\${_dir}/chatvox.exe\"
            RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR \"windeployqt failed (\${_rc})\")
        endif()")
    if(TARGET Qt6Keychain::Qt6Keychain)
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    endif()
elseif(MINGW)
    # Where the MinGW runtime DLLs (libstdc++, libgcc_s, winpthread) live.
    execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-libgcc-file-name
        OUTPUT_VARIABLE _libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
    get_filename_component(_gccdir "${_libgcc}" DIRECTORY)
    set(_dirs "${QT6_INSTALL_PREFIX}/bin" "${_gccdir}")
    foreach(_root IN LISTS CMAKE_FIND_ROOT_PATH)
        list(APPEND _dirs "${_root}/bin" "${_root}/lib")
    endforeach()
    find_program(CHATVOX_OBJDUMP NAMES ${TOOLCHAIN_PREFIX}-objdump x86_64-w64-mingw32-objdump objdump
        REQUIRED)
    option(CHATVOX_DEPLOY_STRIP "Strip the deployed program and DLLs (MinGW)" ON)
    install(CODE "
        set(CHATVOX_DEPLOY_DIR \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
        set(CHATVOX_DEPLOY_EXE \"\${CHATVOX_DEPLOY_DIR}/chatvox.exe\")
        set(CHATVOX_QT_PLUGINS \"${QT6_INSTALL_PREFIX}/plugins\")
        set(CHATVOX_QT_PLUGIN_DIRS \"${CHATVOX_QT_PLUGIN_DIRS}\")
        set(CHATVOX_DLL_DIRS \"${_dirs}\")
        set(CHATVOX_IMPORT_LIB_DIRS \"${CMAKE_FIND_ROOT_PATH}\")
        set(CHATVOX_OBJDUMP \"${CHATVOX_OBJDUMP}\")
        set(CHATVOX_STRIP \"${CMAKE_STRIP}\")
        set(CHATVOX_DEPLOY_STRIP ${CHATVOX_DEPLOY_STRIP})")
    install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/ChatVoxDeployMingw.cmake")
endif()
