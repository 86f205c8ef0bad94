// People as the pages name them: "Nguyễn Văn A (Văn phòng)" instead of their user names.
import { api } from "./api.js";

/** The agency's people by user name; empty when the list cannot be read. */
export async function loadPeople() {
  const people = await api("people").catch(() => []);
  return new Map(people.map((p) => [p.username, p]));
}

/** A person's full name and units, or the user name of someone no longer listed. */
export function personName(people, username) {
  if (!username) return "";
  const person = people.get(username);
  if (!person) return username;
  return person.unitNames.length ? `${person.fullName} (${person.unitNames.join(", ")})` : person.fullName;
}
