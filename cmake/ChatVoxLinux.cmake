# Linux and WSL: what a desktop installs besides the program: the menu entry, the icon in the
# hicolor theme, AppStream metainfo (software centres) and the man page.
set(_linux "${CHATVOX_RESOURCES}/linux")
install(FILES "${_linux}/${CHATVOX_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CHATVOX_RESOURCES}/icons/chatvox.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${CHATVOX_APP_ID}.svg")
install(FILES "${_linux}/${CHATVOX_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Debian wants man pages compressed (gzip -n: no time stamp, so the package is reproducible).
find_program(CHATVOX_GZIP gzip)
if(CHATVOX_GZIP)
    add_custom_command(OUTPUT "${CMAKE_BINARY_DIR}/chatvox.1.gz"
        COMMAND "${CHATVOX_GZIP}" -9 -n -c "${_linux}/chatvox.1" > "${CMAKE_BINARY_DIR}/chatvox.1.gz"
        DEPENDS "${_linux}/chatvox.1"
        COMMENT "Compressing the man page")
    add_custom_target(chatvox_man ALL DEPENDS "${CMAKE_BINARY_DIR}/chatvox.1.gz")
    install(FILES "${CMAKE_BINARY_DIR}/chatvox.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
else()
    install(FILES "${_linux}/chatvox.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()
