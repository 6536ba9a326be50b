// Re-creation (our own code) of the attention softmax in Triuman/AISoccer,
// Assets/Scripts/AttentionTriML/Matrix.cs (a soccer agent's attention over other players: Select(Math.Exp),
// Sum, divide), written as the row loops of a scores matrix the agent builds per query.
// Layout: jagged double[][] scores[query][key]. Bug: exp of raw scores, no max; the sums are per row.
using System;

namespace Recreations.AiSoccerAttentionRowsNoMax;

public static class Attention
{
    public static double[][] Weights(double[][] scores)
    {
        var weights = new double[scores.Length][];
        for (int q = 0; q < scores.Length; q++)
        {
            double[] row = scores[q];
            var w = new double[row.Length];
            double total = 0;
            for (int k = 0; k < row.Length; k++)
            {
                w[k] = Math.Exp(row[k]); //~ LG0003
                total += w[k];
            }

            for (int k = 0; k < row.Length; k++)
            {
                w[k] /= total;
            }

            weights[q] = w;
        }

        return weights;
    }
}
