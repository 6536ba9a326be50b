// Idiom: loot tables — each entry carries a luck score, a softmax over a table turns scores into drop chances.
// Use: drop-table evaluation when a chest opens (one distribution per table).
// Layout: List<LootEntry[]>, arrays of structs with members, Chance written in place; foreach over tables.
// Label: Correct (peak per table). Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut57.Loot_TableRecords
{
    public struct LootEntry
    {
        public string Item;
        public float Luck;
        public float Chance;
    }

    public static class LootRoller
    {
        public static void ComputeChances(List<LootEntry[]> tables)
        {
            foreach (LootEntry[] table in tables)
            {
                float peak = table[0].Luck;
                foreach (LootEntry e in table)
                    peak = MathF.Max(peak, e.Luck);

                float total = 0f;
                for (int i = 0; i < table.Length; i++)
                {
                    table[i].Chance = MathF.Exp(table[i].Luck - peak);
                    total += table[i].Chance;
                }

                for (int i = 0; i < table.Length; i++)
                    table[i].Chance /= total;
            }
        }
    }
}
