#include "synthesizer.h"

namespace chatvox {

SynthesisJob::~SynthesisJob() = default;

} // namespace chatvox
