import { followWorkshopRoom } from './live';
import { applyEvent, emptyRoom, type Room, type RoomEvent } from './room';

/**
 * A facilitator's or projector's room as page state: the room as last read or as the last event
 * left it, whether the live stream is up, and the last error to show.
 */
export class LiveRoom {
	room = $state<Room>(emptyRoom());
	connected = $state(false);
	error = $state('');

	/**
	 * Follows the room by its code (from onMount; gives back the stop). `changed` runs after each new
	 * room is in place, with the room before it and the event that made it (null on a whole read).
	 */
	follow(code: string, changed?: (previous: Room, event: RoomEvent | null) => void): () => void {
		const show = (next: Room, event: RoomEvent | null) => {
			const previous = this.room;
			this.room = next;
			changed?.(previous, event);
		};
		return followWorkshopRoom({
			code,
			onRoom: (found) => show(found, null),
			onError: (text) => (this.error = text),
			onStatus: (connected) => (this.connected = connected),
			onEvent: (event) => show(applyEvent(this.room, event), event)
		});
	}
}
