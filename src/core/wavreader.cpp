#include "wavreader.h"
