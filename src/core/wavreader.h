#pragma once
// Placeholder: the audio helper writes the real WavReader here.
