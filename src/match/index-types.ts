// Shape of the match index the engine builds once per run (implementation in match/build-index.ts).
import type { PersonRecord, SourceKind } from '../model/types.js';

export interface MonitorHousehold {
  /** Key in monitorHouseholds: the roster's 户编号, else 'H:'+headIdNumber, else 'ID:'+idNumber. */
  householdId: string;
  /** The roster's 户编号 (null when the key had to be made up). */
  sourceHouseholdId: string | null;
  head: PersonRecord | null;          // member whose relation is 户主 (or whose ID is the headIdNumber)
  /** ID of the head: head.idNumber, else the members' headIdNumber. */
  headIdNumber: string | null;
  members: PersonRecord[];            // one record per person (first occurrence), roster order
  township: string | null;
  village: string | null;
}

export interface MatchIndex {
  /** Normalised ID -> records, for the IDs that occur on two or more rows of that roster. */
  repeated(kind: SourceKind): Map<string, PersonRecord[]>;
  /** Monitor households keyed by householdId (a member without householdId is keyed by its own ID). */
  monitorHouseholds: Map<string, MonitorHousehold>;
  /** Monitor member ID -> householdId key of monitorHouseholds. */
  monitorHouseholdOf: Map<string, string>;
  /** True when the ID is in the `deceased` roster. */
  isDeceased(idNumber: string): boolean;
  /** Records of that person in that roster (roster order); do not modify the list. */
  recordsOf(kind: SourceKind, idNumber: string): PersonRecord[];
}
