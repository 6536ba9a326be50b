// Idiom: loot tables packed back to back in one buffer, the luckiest entry of the whole buffer used as the shift.
// Use: drop-chance evaluation for every chest of a dungeon at load time.
// Layout: ReadOnlySpan<float> luck, tables of tableSize entries, Slice per table; Span<float> chance out.
// Label: LG0001 — one peak over every table; a table 1000 below the luckiest underflows to 0/0. Our own code.
using System;

namespace HeldOut57.Loot_SharedPeakSpan
{
    public static class DungeonLoot
    {
        public static void Chances(ReadOnlySpan<float> luck, int tableSize, Span<float> chance)
        {
            float peak = luck[0];
            for (int i = 1; i < luck.Length; i++)
                if (luck[i] > peak) peak = luck[i]; //~ LG0001

            for (int start = 0; start < luck.Length; start += tableSize)
            {
                ReadOnlySpan<float> table = luck.Slice(start, tableSize);
                Span<float> outTable = chance.Slice(start, tableSize);
                float total = 0f;
                for (int i = 0; i < table.Length; i++)
                {
                    outTable[i] = MathF.Exp(table[i] - peak);
                    total += outTable[i];
                }

                for (int i = 0; i < outTable.Length; i++)
                    outTable[i] /= total;
            }
        }
    }
}
