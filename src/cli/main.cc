// Temporary entry point of the skeleton commit; replaced by the CLI11 front end.
#include <cstdio>
#include "chainmap/version.h"
int main() { std::printf("chainmap %s\n", chainmap::kVersion); return 0; }
