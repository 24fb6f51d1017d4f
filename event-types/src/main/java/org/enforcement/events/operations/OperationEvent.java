package org.enforcement.events.operations;

import org.enforcement.events.EventPayload;

/** What operation-service's feed ({@code GET /events}) carries: one record per event type. */
public sealed interface OperationEvent extends EventPayload permits OperationPlanned, OperationAssembled,
        OperationDeparted, OperationClosed, TargetAdded, TargetOutcome, TeamsFormed, DispatchPlanned,
        ParticipantsAdded, WitnessAdded, StreamStarted, StreamEnded {
}
