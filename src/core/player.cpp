#include "player.h"

namespace chatvox {

Player::~Player() = default;

} // namespace chatvox
