// Idiom: NPC perception attention written with LINQ, every NPC's shifted exps collected, then "normalised" in one go.
// Use: perception system deciding which targets each NPC tracks.
// Layout: jagged double[][] salience [npc][target]; LINQ Select/Max per row, one Sum over the jagged result.
// Label: LG0002 — the divisor sums every NPC's exps (the whole jagged array), not one NPC's row. Our own code.
using System;
using System.Linq;

namespace HeldOut57.Perception_JaggedWholeSum
{
    public static class Attention
    {
        public static double[][] Weights(double[][] salience)
        {
            double[][] shifted = salience.Select(row =>
            {
                double m = row.Max();
                return row.Select(v => Math.Exp(v - m)).ToArray();
            }).ToArray();
            double z = shifted.Sum(r => r.Sum()); //~ LG0002
            return shifted.Select(r => r.Select(v => v / z).ToArray()).ToArray();
        }
    }
}
