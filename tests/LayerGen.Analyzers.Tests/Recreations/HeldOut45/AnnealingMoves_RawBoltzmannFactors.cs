// Idiom: simulated annealing move selection, Boltzmann factors exp(-dE/T) of each walker's candidates straight from the energy change
// Layout: Dictionary<int, List<Move>> keyed by walker id, LINQ Select/Sum, Dictionary<int, double[]> out
// Bug (LG0003): exp(-dE/T) with no minimum dE subtracted (overflows for large negative dE / low T)
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.AnnealingMoves_RawBoltzmannFactors;

public sealed record Move(int Site, int NewState, double DeltaE);

public static class Annealer
{
    public static Dictionary<int, double[]> MoveProbabilities(Dictionary<int, List<Move>> movesByWalker, double temperature)
    {
        var result = new Dictionary<int, double[]>();
        foreach (var (walker, moves) in movesByWalker)
        {
            var factors = moves.Select(m => Math.Exp(-m.DeltaE / temperature)).ToList(); //~ LG0003
            double z = factors.Sum();
            result[walker] = factors.Select(f => f / z).ToArray();
        }

        return result;
    }
}
