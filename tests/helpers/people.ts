// The colleagues the integration tests talk as: the same ids and names in every suite, so a
// reader meets the same Ada, Bob and Cy everywhere.

export const ada = { id: "29:ada", name: "Ada Lovelace", aadObjectId: "00000000-0000-0000-0000-0000000000a1" };
export const bob = { id: "29:bob", name: "Bob Dylan", aadObjectId: "00000000-0000-0000-0000-0000000000b2" };
export const cy = { id: "29:cy", name: "Cy Twombly", aadObjectId: "00000000-0000-0000-0000-0000000000c3" };
