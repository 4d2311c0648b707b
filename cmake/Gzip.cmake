# cmake -D INPUT=file -D OUTPUT=file.gz -P Gzip.cmake: compresses a file for a package the way
# Debian expects (gzip -9n: best compression, no name or time stamp inside, so builds repeat).
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(COMMAND "${GZIP_EXECUTABLE}" -9 -n -c "${INPUT}" OUTPUT_FILE "${OUTPUT}" RESULT_VARIABLE failed)
if(failed)
    file(REMOVE "${OUTPUT}")
    message(FATAL_ERROR "gzip failed on ${INPUT}")
endif()
