// Intentionally empty: the target only exists to export FuzzDriver.h to Swift.
#include "FuzzDriver.h"
