// SPDX-License-Identifier: MIT
// lpg: run local partnership groups for children's services. All the work is in liblpg;
// cli::run parses the command line and maps errors to exit codes.
#include "cli.hpp"

int main(int argc, char** argv) { return lpg::cli::run(argc, argv); }
