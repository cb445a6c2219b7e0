# Finds what attn builds against. scripts/install-deps.sh installs all of it on
# Debian 12.

find_package(OpenMP REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(CLI11 REQUIRED)
# Google Highway (libhwy-dev): the float32 math kernels are compiled for several
# instruction sets and pick the widest the CPU has at run time.
find_package(hwy REQUIRED)
# ICU (libicu-dev): the Unicode character categories of GPT-2's pre-tokenisation.
find_package(ICU REQUIRED COMPONENTS uc)
# The Bible corpus and subwords (attn data): libsword reads Debian's SWORD modules,
# SentencePiece trains and applies subword models, OpenSSL's libcrypto gives the
# manifest's SHA-256 sums.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SWORD REQUIRED IMPORTED_TARGET sword)
pkg_check_modules(SENTENCEPIECE REQUIRED IMPORTED_TARGET sentencepiece)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
# Attention heatmaps (attn show): libpng encodes the images, FreeType draws the labels.
find_package(PNG REQUIRED)
find_package(Freetype REQUIRED)
# The viewer's HTTP server (attn serve): Debian's cpp-httplib, a compiled library.
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

# OpenBLAS, its OpenMP build: it then shares attn's OpenMP thread pool instead of
# starting threads of its own. Debian installs it beside the pthreads build under
# an alternatives link; we link the OpenMP build by path and record that directory
# in the run path, so the pthreads build is never picked up at run time.
set(ATTN_OPENBLAS_DIR /usr/lib/x86_64-linux-gnu/openblas-openmp CACHE PATH "Directory of OpenBLAS (OpenMP build)")
find_library(ATTN_OPENBLAS_LIBRARY NAMES openblas PATHS ${ATTN_OPENBLAS_DIR} NO_DEFAULT_PATH REQUIRED)
find_path(ATTN_OPENBLAS_INCLUDE cblas.h PATHS /usr/include/x86_64-linux-gnu/openblas-openmp NO_DEFAULT_PATH REQUIRED)
add_library(attn_openblas INTERFACE)
target_link_libraries(attn_openblas INTERFACE ${ATTN_OPENBLAS_LIBRARY})
target_include_directories(attn_openblas INTERFACE $<BUILD_INTERFACE:${ATTN_OPENBLAS_INCLUDE}>)
target_link_options(attn_openblas INTERFACE "LINKER:-rpath,${ATTN_OPENBLAS_DIR}")
add_library(attn::openblas ALIAS attn_openblas)
