// Idiom: heat-bath (Gibbs) move selection in a lattice Monte Carlo / annealing run: each walker picks among its candidate moves with p ∝ exp(-ΔE/T)
// Layout: List<List<Move>> candidates per walker, records, LINQ Min / Select / Sum
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut35.HeatBathMoves_PerWalker
{
    public sealed record Move(int Site, int NewSpin, double DeltaE);

    public static class HeatBath
    {
        public static double[][] MoveProbabilities(List<List<Move>> candidates, double temperature)
        {
            var result = new double[candidates.Count][];
            for (int w = 0; w < candidates.Count; w++)
            {
                List<Move> moves = candidates[w];
                double dMin = moves.Min(m => m.DeltaE);
                double[] p = moves.Select(m => Math.Exp(-(m.DeltaE - dMin) / temperature)).ToArray();
                double z = p.Sum();
                for (int i = 0; i < p.Length; i++)
                    p[i] /= z;
                result[w] = p;
            }

            return result;
        }
    }
}
