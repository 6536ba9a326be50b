// Idiom: parallel simulated annealing, each walker picks one candidate move with heat-bath probability exp(-dE/T) / sum, lowest dE as the shift
// Layout: IReadOnlyList<List<Move>> (records), LINQ Min/Select/Sum per walker, jagged probabilities out
// Correct
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut45.AnnealingMoves_HeatBathChoice;

public sealed record Move(int Site, int NewState, double DeltaE);

public static class ParallelAnnealer
{
    public static Move[] ChooseMoves(IReadOnlyList<List<Move>> candidates, double temperature, double[] uniforms, double[][] probabilities)
    {
        var chosen = new Move[candidates.Count];
        for (int w = 0; w < candidates.Count; w++)
        {
            List<Move> moves = candidates[w];
            double best = moves.Min(m => m.DeltaE);
            double[] weights = moves.Select(m => Math.Exp(-(m.DeltaE - best) / temperature)).ToArray();
            double z = weights.Sum();
            probabilities[w] = weights.Select(x => x / z).ToArray();

            double u = uniforms[w] * z;
            double acc = 0;
            chosen[w] = moves[moves.Count - 1];
            for (int i = 0; i < moves.Count; i++)
            {
                acc += weights[i];
                if (u < acc)
                {
                    chosen[w] = moves[i];
                    break;
                }
            }
        }

        return chosen;
    }
}
