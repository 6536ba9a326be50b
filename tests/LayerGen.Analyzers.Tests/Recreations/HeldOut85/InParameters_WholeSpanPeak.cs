// known gap: LG0001 is found, reported at the call Peak(in logits) (line 17) as the rule documents for a max folded in a helper given the wrong scope (SoftmaxRule.ReportsAtHelperCall, the fold an additional location); the marker names the fold: a place disagreement only
// gap: -LG0001@33 +LG0001@17
// Idiom: `in ReadOnlySpan<float>` parameters handed on with `in` to a private helper.
// Use: per-row softmax over a flat float buffer (a batch of policy-head logits).
// Layout: flat ReadOnlySpan<float>, row-major, rows sliced with Slice(s, width).
// Bug (LG0001): the helper folds the whole buffer, so every row is shifted by the batch peak.
// Our own code.
#nullable enable
using System;

namespace HeldOut85.InParameters_WholeSpanPeak;

public static class PolicyHead
{
    public static void Forward(in ReadOnlySpan<float> logits, Span<float> probs, int width)
    {
        float peak = Peak(in logits);
        for (int s = 0; s < logits.Length; s += width)
        {
            ReadOnlySpan<float> row = logits.Slice(s, width);
            float denom = 0f;
            for (int k = 0; k < width; k++)
                denom += probs[s + k] = MathF.Exp(row[k] - peak);
            for (int k = 0; k < width; k++)
                probs[s + k] /= denom;
        }
    }

    private static float Peak(in ReadOnlySpan<float> values)
    {
        float m = float.NegativeInfinity;
        for (int i = 0; i < values.Length; i++)
            m = MathF.Max(m, values[i]); //~ LG0001
        return m;
    }
}
