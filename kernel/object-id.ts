// 24-hex MongoDB-style ObjectIds, as TickTick's clients mint them (docs/ticktick-protocol.md §3.1): 4 bytes of
// seconds, 5 random bytes, a 3-byte counter. Ids minted in a row differ by one, like the seed's.

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);

export function objectIdFactory(random: () => number = Math.random) {
  const machine = hex(Math.floor(random() * 2 ** 40), 10);
  let counter = Math.floor(random() * 0xffffff);
  return (nowMs: number): string => {
    counter = (counter + 1) % 0x1000000;
    return hex(Math.floor(nowMs / 1000), 8) + machine + hex(counter, 6);
  };
}
