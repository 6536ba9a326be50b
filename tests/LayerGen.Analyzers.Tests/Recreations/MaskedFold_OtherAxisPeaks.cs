// Bug variants: masked peaks (visited nodes, padded positions, invalid actions skipped) folded over the wrong extent.
// A fold that keeps its old value where the mask says so (`m = mask ? m : Math.Max(m, v)`, `if (!mask) m = …`) is
// still that fold: per node over the batch while the softmax runs per instance (LG0004), or over the whole batch
// (LG0001). Each is reported at the fold, not at the masking guard.
// Source: the shape of HeldOut24's KoolRouting_PeakPerNode (attention model for routing, Kool et al. 2019) and of
// masked action / padded-token softmaxes (invalid-action masking in policy-gradient agents, padded attention), written
// anew.
// Layout: row-major float[B, N] with bool[B, N] masks; jagged double[][] with a per-row length; flat float[] with a
// byte mask.
using System;

namespace Recreations.MaskedFoldOtherAxisPeaks;

public static class OtherAxisPeaks
{
    public static float[,] PeakPerNodeByIf(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var nodePeak = new float[nodes];
        for (int n = 0; n < nodes; n++)
        {
            nodePeak[n] = float.NegativeInfinity;
            for (int b = 0; b < instances; b++)
            {
                if (!visited[b, n])
                {
                    nodePeak[n] = MathF.Max(nodePeak[n], compatibility[b, n]); //~ LG0004
                }
            }
        }

        var probabilities = new float[instances, nodes];
        for (int b = 0; b < instances; b++)
        {
            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                if (!visited[b, n])
                {
                    probabilities[b, n] = MathF.Exp(compatibility[b, n] - nodePeak[n]);
                    sum += probabilities[b, n];
                }
            }

            for (int n = 0; n < nodes; n++)
                probabilities[b, n] /= sum;
        }

        return probabilities;
    }

    public static float[,] PeakPerNodeByTernary(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var nodePeak = new float[nodes];
        for (int n = 0; n < nodes; n++)
        {
            nodePeak[n] = float.NegativeInfinity;
            for (int b = 0; b < instances; b++)
                nodePeak[n] = visited[b, n] ? nodePeak[n] : MathF.Max(nodePeak[n], compatibility[b, n]); //~ LG0004
        }

        var probabilities = new float[instances, nodes];
        for (int b = 0; b < instances; b++)
        {
            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                probabilities[b, n] = visited[b, n] ? 0f : MathF.Exp(compatibility[b, n] - nodePeak[n]);
                sum += probabilities[b, n];
            }

            for (int n = 0; n < nodes; n++)
                probabilities[b, n] /= sum;
        }

        return probabilities;
    }

    public static double[][] PaddedBatchPeak(double[][] scores, int[] lengths)
    {
        double peak = double.NegativeInfinity;
        for (int r = 0; r < scores.Length; r++)
            for (int t = 0; t < scores[r].Length; t++)
                peak = t < lengths[r] ? Math.Max(peak, scores[r][t]) : peak; //~ LG0001
        var weights = new double[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            weights[r] = new double[scores[r].Length];
            double total = 0;
            for (int t = 0; t < lengths[r]; t++)
            {
                weights[r][t] = Math.Exp(scores[r][t] - peak);
                total += weights[r][t];
            }

            for (int t = 0; t < lengths[r]; t++)
                weights[r][t] /= total;
        }

        return weights;
    }

    public static void InvalidActionsBatchPeak(float[] logits, byte[] legal, int states, int actions, float[] policy)
    {
        float top = float.NegativeInfinity;
        for (int k = 0; k < states * actions; k++)
        {
            if (legal[k] != 0)
                top = MathF.Max(top, logits[k]); //~ LG0001
        }

        for (int s = 0; s < states; s++)
        {
            float sum = 0f;
            for (int a = 0; a < actions; a++)
            {
                policy[s * actions + a] = legal[s * actions + a] != 0 ? MathF.Exp(logits[s * actions + a] - top) : 0f;
                sum += policy[s * actions + a];
            }

            for (int a = 0; a < actions; a++)
                policy[s * actions + a] /= sum;
        }
    }
}
