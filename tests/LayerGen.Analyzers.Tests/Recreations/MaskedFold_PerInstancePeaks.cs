// Correct twins of MaskedFold_OtherAxisPeaks: the same masks with each instance's (row's, state's) own masked peak,
// written as an if around the fold, a ternary keeping the old value on either branch, or a skip by continue. Must
// stay silent.
// Source: attention model for routing (Kool et al. 2019), padded attention and invalid-action masking, as in the
// buggy file.
// Layout: row-major float[B, N] with bool[B, N] masks; jagged double[][] with a per-row length; flat float[] with a
// byte mask.
using System;

namespace Recreations.MaskedFoldPerInstancePeaks;

public static class PerInstancePeaks
{
    public static float[,] PeakPerInstanceByIf(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var probabilities = new float[instances, nodes];
        for (int b = 0; b < instances; b++)
        {
            float peak = float.NegativeInfinity;
            for (int n = 0; n < nodes; n++)
            {
                if (!visited[b, n])
                {
                    peak = MathF.Max(peak, compatibility[b, n]);
                }
            }

            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                if (!visited[b, n])
                {
                    probabilities[b, n] = MathF.Exp(compatibility[b, n] - peak);
                    sum += probabilities[b, n];
                }
            }

            for (int n = 0; n < nodes; n++)
                probabilities[b, n] /= sum;
        }

        return probabilities;
    }

    public static float[,] PeakPerInstanceByTernary(float[,] compatibility, bool[,] visited)
    {
        int instances = compatibility.GetLength(0), nodes = compatibility.GetLength(1);
        var probabilities = new float[instances, nodes];
        for (int b = 0; b < instances; b++)
        {
            float peak = float.NegativeInfinity;
            for (int n = 0; n < nodes; n++)
                peak = visited[b, n] ? peak : MathF.Max(peak, compatibility[b, n]);
            float sum = 0f;
            for (int n = 0; n < nodes; n++)
            {
                probabilities[b, n] = visited[b, n] ? 0f : MathF.Exp(compatibility[b, n] - peak);
                sum += probabilities[b, n];
            }

            for (int n = 0; n < nodes; n++)
                probabilities[b, n] /= sum;
        }

        return probabilities;
    }

    public static double[][] PaddedRowPeaks(double[][] scores, int[] lengths)
    {
        var weights = new double[scores.Length][];
        for (int r = 0; r < scores.Length; r++)
        {
            double peak = double.NegativeInfinity;
            for (int t = 0; t < scores[r].Length; t++)
                peak = t < lengths[r] ? Math.Max(peak, scores[r][t]) : peak;
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

    public static void InvalidActionsPerState(float[] logits, byte[] legal, int states, int actions, float[] policy)
    {
        for (int s = 0; s < states; s++)
        {
            float top = float.NegativeInfinity;
            for (int a = 0; a < actions; a++)
            {
                if (legal[s * actions + a] == 0)
                    continue;
                top = MathF.Max(top, logits[s * actions + a]);
            }

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
