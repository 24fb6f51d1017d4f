package org.enforcement.operations.targets;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Fixing a target to a team by hand (null to let the planner choose again). */
@Schema(name = "PinTargetRequest")
public record PinTargetRequest(@Schema(description = "Team id, or null to unpin") UUID teamId) {
}
