/** Tells sign-in which events an address trains (implemented by attendance). */
export interface TrainerDirectory {
  eventsTrainedBy(email: string): Promise<string[]>;
}
