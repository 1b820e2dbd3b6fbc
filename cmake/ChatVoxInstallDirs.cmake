# Install layout. Linux and WSL: the usual FHS tree (bin/, share/...). Windows: the program
# and its DLLs in the top folder of the installation, as Windows users and windeployqt expect
# (forced: Qt's CMake packages have set up GNUInstallDirs' "bin" by now).
if(WIN32)
    set(CMAKE_INSTALL_BINDIR "." CACHE PATH "Where chatvox.exe and its DLLs are installed" FORCE)
endif()
include(GNUInstallDirs)
