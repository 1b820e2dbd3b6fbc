# Installation and packages: the Windows program (resources, deployment, NSIS installer) and
# the Debian package (desktop entry, icon, AppStream metainfo, man page). Included at the end
# of the top-level CMakeLists, once the chatvox target exists. `scripts/dev windows` and
# `scripts/dev package-test` drive it; packaging/README.md explains the pieces.
set(CHATVOX_APP_ID "io.github.chatvox.ChatVox")
set(CHATVOX_PUBLISHER "ChatVox developers")
set(CHATVOX_COPYRIGHT "Copyright (C) 2025 ChatVox developers")
set(CHATVOX_RESOURCES "${PROJECT_SOURCE_DIR}/resources")

if(WIN32)
    include(ChatVoxWindows)
elseif(UNIX AND NOT APPLE)
    include(ChatVoxLinux)
endif()

# The .ico is committed (Windows builds render no SVG); this remakes it from the SVG.
find_package(Qt6 QUIET COMPONENTS Svg Gui)
if(TARGET Qt6::Svg AND NOT CMAKE_CROSSCOMPILING)
    qt_add_executable(chatvox_make_ico EXCLUDE_FROM_ALL
        "${PROJECT_SOURCE_DIR}/packaging/windows/make_ico.cpp")
    target_link_libraries(chatvox_make_ico PRIVATE Qt6::Gui Qt6::Svg chatvox_warnings)
    add_custom_target(update_windows_icon
        COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            $<TARGET_FILE:chatvox_make_ico> "${CHATVOX_RESOURCES}/icons/chatvox.svg"
            "${CHATVOX_RESOURCES}/icons/chatvox.ico"
        DEPENDS chatvox_make_ico
        COMMENT "Rendering resources/icons/chatvox.ico from chatvox.svg"
        VERBATIM)
endif()

# --- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "ChatVox")
set(CPACK_PACKAGE_VENDOR "${CHATVOX_PUBLISHER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "ChatVox developers <chatvox@users.noreply.github.com>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ChatVox")
set(CPACK_STRIP_FILES ON)
# Templates of ours first (packaging/windows/NSIS.template.in replaces CPack's own).
list(PREPEND CMAKE_MODULE_PATH "${PROJECT_SOURCE_DIR}/packaging/windows")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_FILE_NAME "ChatVox-${PROJECT_VERSION}-win64-setup")
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "ChatVox")
    set(CPACK_NSIS_PACKAGE_NAME "ChatVox")
    set(CPACK_NSIS_DISPLAY_NAME "ChatVox")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "chatvox.exe")
    set(CPACK_NSIS_MUI_ICON "${CHATVOX_RESOURCES}/icons/chatvox.ico")
    set(CPACK_NSIS_MUI_UNIICON "${CHATVOX_RESOURCES}/icons/chatvox.ico")
    set(CHATVOX_NSIS_COMPRESSOR "/SOLID lzma" CACHE STRING
        "NSIS compressor of the installer (lzma is smallest; zlib builds faster)")
    set(CPACK_NSIS_COMPRESSOR "${CHATVOX_NSIS_COMPRESSOR}")
    # Read by our template: version as four numbers, the strings file, the copyright line.
    set(CPACK_NSIS_CHATVOX_VERSION_QUAD "${PROJECT_VERSION}.0")
    set(CPACK_NSIS_CHATVOX_STRINGS "${PROJECT_SOURCE_DIR}/packaging/windows/strings.nsh")
    set(CPACK_NSIS_CHATVOX_COPYRIGHT "${CHATVOX_COPYRIGHT}")
    set(CPACK_NSIS_CHATVOX_PUBLISHER "${CHATVOX_PUBLISHER}")
elseif(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_PACKAGE_NAME "chatvox")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "sound")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # The synopsis line is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
    string(CONCAT CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "ChatVox reads a Twitch channel's chat aloud through VOICEVOX-compatible speech\n"
        "engines (VOICEVOX, AivisSpeech, SHAREVOX, COEIROINK, NEMO) and plays it on the\n"
        "streamer's PC. It needs no Twitch login to read a channel, skips bots and\n"
        "commands, and stops reading a message as soon as a moderator deletes it.")
    # Libraries we link come from dpkg-shlibdeps; what Qt and the app load at run time
    # (plugins, OpenSSL for wss://, libsecret for QtKeychain, GStreamer for audio, a font
    # with Japanese glyphs) is listed here.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libssl3 | libssl3t64, libsecret-1-0, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, fonts-ipafont-gothic | fonts-noto-cjk | fonts-vlgothic | fonts-takao-gothic")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, qt6-speech-speechd-plugin, speech-dispatcher, speech-dispatcher-espeak-ng, pulseaudio-utils")
endif()

include(CPack)
