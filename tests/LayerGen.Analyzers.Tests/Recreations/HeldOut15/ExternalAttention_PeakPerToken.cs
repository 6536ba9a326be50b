// HeldOut15 — ExternalAttention_PeakPerToken
// Source: external attention (Guo et al. 2021; EANet), ported with the "usual" row maximum.
// Layout: flat ReadOnlySpan<double> [tokens · units] row-major (token n at n·units); the softmax
// runs over the tokens of each unit (a column), then ℓ1 over the units of each token.
// Bug (LG0004): the shift is each token's peak over the units (a row), while the softmax sums each
// unit's column over the tokens.
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class ExternalAttention_PeakPerToken
{
    /// <summary>Column softmax over tokens, then ℓ1 over units; returns the flat [tokens · units] map.</summary>
    public static double[] Normalise(ReadOnlySpan<double> scores, int units)
    {
        int tokens = scores.Length / units;
        var rowPeak = new double[tokens];
        for (int n = 0; n < tokens; n++)
        {
            rowPeak[n] = double.NegativeInfinity;
            for (int s = 0; s < units; s++)
                rowPeak[n] = Math.Max(rowPeak[n], scores[n * units + s]); //~ LG0004
        }

        var attn = new double[scores.Length];
        var colSum = new double[units];
        for (int n = 0; n < tokens; n++)
            for (int s = 0; s < units; s++)
            {
                attn[n * units + s] = Math.Exp(scores[n * units + s] - rowPeak[n]);
                colSum[s] += attn[n * units + s];
            }

        for (int n = 0; n < tokens; n++)
        {
            double l1 = 0;
            for (int s = 0; s < units; s++) l1 += attn[n * units + s] /= colSum[s];
            for (int s = 0; s < units; s++) attn[n * units + s] /= l1;
        }
        return attn;
    }
}
