# Fails when a user-visible text in the code has no finished Japanese or English translation:
# runs lupdate over the sources into copies of the .ts files, then looks for unfinished entries.
# Inputs: LUPDATE, SOURCES_FILE (one source path per line), INCLUDE_DIR, TS_DIR, WORK_DIR.
file(STRINGS "${SOURCES_FILE}" sources)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed "")
foreach(lang ja en)
    set(ts "${WORK_DIR}/chatvox_${lang}.ts")
    configure_file("${TS_DIR}/chatvox_${lang}.ts" "${ts}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${INCLUDE_DIR}" ${sources}
                -ts "${ts}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
    endif()
    file(READ "${ts}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\"" missing
        "${content}")
    foreach(entry IN LISTS missing)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" text "${entry}")
        string(APPEND failed "  ${lang}: ${text}\n")
    endforeach()
endforeach()
if(failed)
    message(FATAL_ERROR "Texts without a translation (run the update_translations target, then "
        "translate them in translations/*.ts):\n${failed}")
endif()
message(STATUS "every text has its Japanese and English translation")
